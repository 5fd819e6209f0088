package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/** tflite.SoftmaxOptions: beta=0. */
public final class SoftmaxOptionsTable extends CheckedTable {

	private static final String NAME = "SoftmaxOptions";
	private static final Field BETA = new Field(NAME, "beta", 0);

	public SoftmaxOptionsTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	public float beta() {
		return floatField(BETA, 0f);
	}
}
