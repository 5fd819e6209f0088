package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.Conv2DOptions: padding=0, stride_w=1, stride_h=2, fused_activation_function=3,
 * dilation_w_factor=4 (default 1), dilation_h_factor=5 (default 1).
 */
public final class Conv2DOptionsTable extends ConvolutionOptionsTable {

	public Conv2DOptionsTable(FlatBuffer file, int position) {
		super(file, position, "Conv2DOptions", 3, 4);
	}
}
