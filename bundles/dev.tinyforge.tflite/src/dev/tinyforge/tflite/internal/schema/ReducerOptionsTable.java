package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/** tflite.ReducerOptions (MEAN, SUM, REDUCE_MAX, ...): keep_dims=0. */
public final class ReducerOptionsTable extends CheckedTable {

	private static final String NAME = "ReducerOptions";
	private static final Field KEEP_DIMS = new Field(NAME, "keep_dims", 0);

	public ReducerOptionsTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	public boolean keepDims() {
		return boolField(KEEP_DIMS, false);
	}
}
