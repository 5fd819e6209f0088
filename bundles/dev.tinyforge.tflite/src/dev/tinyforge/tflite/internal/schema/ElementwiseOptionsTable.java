package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/**
 * tflite.AddOptions (fused_activation_function=0, pot_scale_int16=1) and tflite.MulOptions
 * (fused_activation_function=0): both start with the fused activation, the only field the importer needs.
 */
public final class ElementwiseOptionsTable extends CheckedTable {

	private static final String NAME = "AddOptions/MulOptions";
	private static final Field FUSED_ACTIVATION_FUNCTION = new Field(NAME, "fused_activation_function", 0);

	public ElementwiseOptionsTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	public byte fusedActivationFunction() {
		return byteField(FUSED_ACTIVATION_FUNCTION, ActivationFunctionType.NONE);
	}
}
