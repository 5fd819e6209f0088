package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.Pool2DOptions: padding=0, stride_w=1, stride_h=2, filter_width=3, filter_height=4,
 * fused_activation_function=5.
 */
public final class Pool2DOptionsTable extends WindowOptionsTable {

	private static final String NAME = "Pool2DOptions";
	private static final Field FILTER_WIDTH = new Field(NAME, "filter_width", 3);
	private static final Field FILTER_HEIGHT = new Field(NAME, "filter_height", 4);

	public Pool2DOptionsTable(FlatBuffer file, int position) {
		super(file, position, NAME, 5);
	}

	public int filterWidth() {
		return intField(FILTER_WIDTH, 0);
	}

	public int filterHeight() {
		return intField(FILTER_HEIGHT, 0);
	}
}
