package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/** tflite.FullyConnectedOptions: fused_activation_function=0, weights_format=1, keep_num_dims=2. */
public final class FullyConnectedOptionsTable extends CheckedTable {

	/** Schema enum FullyConnectedOptionsWeightsFormat: DEFAULT = 0, SHUFFLED4x16INT8 = 1. */
	public static final byte DEFAULT_WEIGHTS_FORMAT = 0;

	private static final String NAME = "FullyConnectedOptions";
	private static final Field FUSED_ACTIVATION_FUNCTION = new Field(NAME, "fused_activation_function", 0);
	private static final Field WEIGHTS_FORMAT = new Field(NAME, "weights_format", 1);
	private static final Field KEEP_NUM_DIMS = new Field(NAME, "keep_num_dims", 2);

	public FullyConnectedOptionsTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	public byte fusedActivationFunction() {
		return byteField(FUSED_ACTIVATION_FUNCTION, ActivationFunctionType.NONE);
	}

	public byte weightsFormat() {
		return byteField(WEIGHTS_FORMAT, DEFAULT_WEIGHTS_FORMAT);
	}

	public boolean keepNumDims() {
		return boolField(KEEP_NUM_DIMS, false);
	}
}
