package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;

/** tflite.OperatorCode: deprecated_builtin_code=0 (byte), custom_code=1, version=2, builtin_code=3 (int). */
public final class OperatorCodeTable extends CheckedTable {

	private static final String NAME = "OperatorCode";
	private static final Field DEPRECATED_BUILTIN_CODE = new Field(NAME, "deprecated_builtin_code", 0);
	private static final Field CUSTOM_CODE = new Field(NAME, "custom_code", 1);
	private static final Field BUILTIN_CODE = new Field(NAME, "builtin_code", 3);

	public OperatorCodeTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	/**
	 * The operator's {@link BuiltinOperator} code. Old files only have the byte-sized deprecated field, newer
	 * ones write codes above 127 only to the int field; the larger of the two is the code in both cases.
	 */
	public int builtinCode() {
		return Math.max(byteField(DEPRECATED_BUILTIN_CODE, (byte) 0), intField(BUILTIN_CODE, 0));
	}

	/** The name of a custom operator, or null. */
	public String customCode() {
		return stringField(CUSTOM_CODE);
	}
}
