package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * The window fields of Conv2DOptions and DepthwiseConv2DOptions, which also have dilation_w_factor and
 * dilation_h_factor in two consecutive slots (default 1).
 */
public abstract class ConvolutionOptionsTable extends WindowOptionsTable {

	private final Field dilationWFactor;
	private final Field dilationHFactor;

	protected ConvolutionOptionsTable(FlatBuffer file, int position, String table, int fusedActivationFunctionId,
			int dilationWFactorId) {
		super(file, position, table, fusedActivationFunctionId);
		dilationWFactor = new Field(table, "dilation_w_factor", dilationWFactorId);
		dilationHFactor = new Field(table, "dilation_h_factor", dilationWFactorId + 1);
	}

	public int dilationWFactor() {
		return intField(dilationWFactor, 1);
	}

	public int dilationHFactor() {
		return intField(dilationHFactor, 1);
	}
}
