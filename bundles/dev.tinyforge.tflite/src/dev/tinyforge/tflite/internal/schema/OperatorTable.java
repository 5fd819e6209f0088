package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/** tflite.Operator: opcode_index=0, inputs=1, outputs=2, builtin_options_type=3, builtin_options=4. */
public final class OperatorTable extends CheckedTable {

	private static final String NAME = "Operator";
	private static final Field OPCODE_INDEX = new Field(NAME, "opcode_index", 0);
	private static final Field INPUTS = new Field(NAME, "inputs", 1);
	private static final Field OUTPUTS = new Field(NAME, "outputs", 2);
	private static final Field BUILTIN_OPTIONS_TYPE = new Field(NAME, "builtin_options_type", 3);
	private static final Field BUILTIN_OPTIONS = new Field(NAME, "builtin_options", 4);

	public OperatorTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	/** Index into Model.operator_codes. */
	public long opcodeIndex() {
		return uintField(OPCODE_INDEX);
	}

	/** Tensor indices; -1 marks an optional input that is left out. */
	public int[] inputs() {
		return intVector(INPUTS);
	}

	public int[] outputs() {
		return intVector(OUTPUTS);
	}

	/** A {@link BuiltinOptionsType} code (an unsigned byte). */
	public int builtinOptionsType() {
		return Byte.toUnsignedInt(byteField(BUILTIN_OPTIONS_TYPE, (byte) BuiltinOptionsType.NONE));
	}

	/** The options table's position, or {@link #ABSENT}; its type says which table it is. */
	public int builtinOptions() {
		return tableField(BUILTIN_OPTIONS);
	}
}
