package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.DepthwiseConv2DOptions: padding=0, stride_w=1, stride_h=2, depth_multiplier=3,
 * fused_activation_function=4, dilation_w_factor=5 (default 1), dilation_h_factor=6 (default 1).
 */
public final class DepthwiseConv2DOptionsTable extends ConvolutionOptionsTable {

	private static final String NAME = "DepthwiseConv2DOptions";
	private static final Field DEPTH_MULTIPLIER = new Field(NAME, "depth_multiplier", 3);

	public DepthwiseConv2DOptionsTable(FlatBuffer file, int position) {
		super(file, position, NAME, 4, 5);
	}

	/** Redundant with the filter and input shapes (schema.fbs); 0 when the file leaves it out. */
	public int depthMultiplier() {
		return intField(DEPTH_MULTIPLIER, 0);
	}
}
