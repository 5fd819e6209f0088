package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.QuantizationParameters: min=0, max=1, scale=2, zero_point=3, details_type=4, details=5,
 * quantized_dimension=6.
 */
public final class QuantizationTable extends CheckedTable {

	private static final String NAME = "QuantizationParameters";
	private static final Field SCALE = new Field(NAME, "scale", 2);
	private static final Field ZERO_POINT = new Field(NAME, "zero_point", 3);
	private static final Field DETAILS_TYPE = new Field(NAME, "details_type", 4);
	private static final Field QUANTIZED_DIMENSION = new Field(NAME, "quantized_dimension", 6);

	QuantizationTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	public float[] scale() {
		return floatVector(SCALE);
	}

	public long[] zeroPoint() {
		return longVector(ZERO_POINT);
	}

	/** Whether the tensor uses custom quantization details, which replace scale and zero point. */
	public boolean hasDetails() {
		return byteField(DETAILS_TYPE, (byte) 0) != 0;
	}

	public int quantizedDimension() {
		return intField(QUANTIZED_DIMENSION, 0);
	}
}
