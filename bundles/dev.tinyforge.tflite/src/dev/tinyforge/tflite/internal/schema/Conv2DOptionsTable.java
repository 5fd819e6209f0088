package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.Conv2DOptions: padding=0, stride_w=1, stride_h=2, fused_activation_function=3,
 * dilation_w_factor=4 (default 1), dilation_h_factor=5 (default 1).
 */
public final class Conv2DOptionsTable extends CheckedTable implements ConvolutionOptions {

	private static final String NAME = "Conv2DOptions";
	private static final Field PADDING = new Field(NAME, "padding", 0);
	private static final Field STRIDE_W = new Field(NAME, "stride_w", 1);
	private static final Field STRIDE_H = new Field(NAME, "stride_h", 2);
	private static final Field FUSED_ACTIVATION_FUNCTION = new Field(NAME, "fused_activation_function", 3);
	private static final Field DILATION_W_FACTOR = new Field(NAME, "dilation_w_factor", 4);
	private static final Field DILATION_H_FACTOR = new Field(NAME, "dilation_h_factor", 5);

	public Conv2DOptionsTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	@Override
	public byte padding() {
		return byteField(PADDING, PaddingMode.SAME);
	}

	@Override
	public int strideW() {
		return intField(STRIDE_W, 0);
	}

	@Override
	public int strideH() {
		return intField(STRIDE_H, 0);
	}

	@Override
	public byte fusedActivationFunction() {
		return byteField(FUSED_ACTIVATION_FUNCTION, ActivationFunctionType.NONE);
	}

	@Override
	public int dilationWFactor() {
		return intField(DILATION_W_FACTOR, 1);
	}

	@Override
	public int dilationHFactor() {
		return intField(DILATION_H_FACTOR, 1);
	}
}
