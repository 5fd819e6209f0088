package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.Pool2DOptions: padding=0, stride_w=1, stride_h=2, filter_width=3, filter_height=4,
 * fused_activation_function=5.
 */
public final class Pool2DOptionsTable extends CheckedTable implements WindowOptions {

	private static final String NAME = "Pool2DOptions";
	private static final Field PADDING = new Field(NAME, "padding", 0);
	private static final Field STRIDE_W = new Field(NAME, "stride_w", 1);
	private static final Field STRIDE_H = new Field(NAME, "stride_h", 2);
	private static final Field FILTER_WIDTH = new Field(NAME, "filter_width", 3);
	private static final Field FILTER_HEIGHT = new Field(NAME, "filter_height", 4);
	private static final Field FUSED_ACTIVATION_FUNCTION = new Field(NAME, "fused_activation_function", 5);

	public Pool2DOptionsTable(FlatBuffer file, int position) {
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

	public int filterWidth() {
		return intField(FILTER_WIDTH, 0);
	}

	public int filterHeight() {
		return intField(FILTER_HEIGHT, 0);
	}

	@Override
	public byte fusedActivationFunction() {
		return byteField(FUSED_ACTIVATION_FUNCTION, ActivationFunctionType.NONE);
	}
}
