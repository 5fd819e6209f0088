package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.DepthwiseConv2DOptions: padding=0, stride_w=1, stride_h=2, depth_multiplier=3,
 * fused_activation_function=4, dilation_w_factor=5 (default 1), dilation_h_factor=6 (default 1).
 */
public final class DepthwiseConv2DOptionsTable extends CheckedTable implements ConvolutionOptions {

	private static final String NAME = "DepthwiseConv2DOptions";
	private static final Field PADDING = new Field(NAME, "padding", 0);
	private static final Field STRIDE_W = new Field(NAME, "stride_w", 1);
	private static final Field STRIDE_H = new Field(NAME, "stride_h", 2);
	private static final Field DEPTH_MULTIPLIER = new Field(NAME, "depth_multiplier", 3);
	private static final Field FUSED_ACTIVATION_FUNCTION = new Field(NAME, "fused_activation_function", 4);
	private static final Field DILATION_W_FACTOR = new Field(NAME, "dilation_w_factor", 5);
	private static final Field DILATION_H_FACTOR = new Field(NAME, "dilation_h_factor", 6);

	public DepthwiseConv2DOptionsTable(FlatBuffer file, int position) {
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

	/** Redundant with the filter and input shapes (schema.fbs); 0 when the file leaves it out. */
	public int depthMultiplier() {
		return intField(DEPTH_MULTIPLIER, 0);
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
