package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * The fields Conv2DOptions, DepthwiseConv2DOptions and Pool2DOptions share: padding, stride_w and stride_h in
 * slots 0 to 2 of each (schema.fbs), and fused_activation_function in a slot that differs per table.
 */
public abstract class WindowOptionsTable extends CheckedTable {

	private final Field padding;
	private final Field strideW;
	private final Field strideH;
	private final Field fusedActivationFunction;

	protected WindowOptionsTable(FlatBuffer file, int position, String table, int fusedActivationFunctionId) {
		super(file, position, table);
		padding = new Field(table, "padding", 0);
		strideW = new Field(table, "stride_w", 1);
		strideH = new Field(table, "stride_h", 2);
		fusedActivationFunction = new Field(table, "fused_activation_function", fusedActivationFunctionId);
	}

	/** A {@link PaddingMode} code. */
	public byte padding() {
		return byteField(padding, PaddingMode.SAME);
	}

	public int strideW() {
		return intField(strideW, 0);
	}

	public int strideH() {
		return intField(strideH, 0);
	}

	/** An {@link ActivationFunctionType} code. */
	public byte fusedActivationFunction() {
		return byteField(fusedActivationFunction, ActivationFunctionType.NONE);
	}
}
