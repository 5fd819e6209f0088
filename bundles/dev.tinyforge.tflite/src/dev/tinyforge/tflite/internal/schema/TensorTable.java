package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/** tflite.Tensor: shape=0, type=1, buffer=2, name=3, quantization=4, is_variable=5, sparsity=6. */
public final class TensorTable extends CheckedTable {

	private static final String NAME = "Tensor";
	private static final Field SHAPE = new Field(NAME, "shape", 0);
	private static final Field TYPE = new Field(NAME, "type", 1);
	private static final Field BUFFER = new Field(NAME, "buffer", 2);
	private static final Field TENSOR_NAME = new Field(NAME, "name", 3);
	private static final Field QUANTIZATION = new Field(NAME, "quantization", 4);
	private static final Field IS_VARIABLE = new Field(NAME, "is_variable", 5);
	private static final Field SPARSITY = new Field(NAME, "sparsity", 6);

	public TensorTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	/** Empty for a scalar. */
	public int[] shape() {
		return intVector(SHAPE);
	}

	public byte type() {
		return byteField(TYPE, TensorType.FLOAT32);
	}

	/** Index into Model.buffers; buffer 0 is the empty buffer of tensors without data. */
	public long buffer() {
		return uintField(BUFFER);
	}

	/** Null if the file gives none. */
	public String name() {
		return stringField(TENSOR_NAME);
	}

	/** An absent table when the tensor is not quantized. */
	public QuantizationTable quantization() {
		return new QuantizationTable(file(), tableField(QUANTIZATION));
	}

	public boolean isVariable() {
		return boolField(IS_VARIABLE, false);
	}

	public boolean isSparse() {
		return tableField(SPARSITY) != ABSENT;
	}
}
