package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;
import dev.tinyforge.tflite.internal.flatbuffer.TableVector;

/** tflite.SubGraph: tensors=0, inputs=1, outputs=2, operators=3, name=4. */
public final class SubGraphTable extends CheckedTable {

	private static final String NAME = "SubGraph";
	private static final Field TENSORS = new Field(NAME, "tensors", 0);
	private static final Field INPUTS = new Field(NAME, "inputs", 1);
	private static final Field OUTPUTS = new Field(NAME, "outputs", 2);
	private static final Field OPERATORS = new Field(NAME, "operators", 3);

	public SubGraphTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	public TableVector tensors() {
		return tableVector(TENSORS);
	}

	/** Tensor indices of the subgraph's inputs. */
	public int[] inputs() {
		return intVector(INPUTS);
	}

	/** Tensor indices of the subgraph's outputs. */
	public int[] outputs() {
		return intVector(OUTPUTS);
	}

	/** In execution order. */
	public TableVector operators() {
		return tableVector(OPERATORS);
	}
}
