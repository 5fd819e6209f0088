package dev.tinyforge.tflite.internal.schema;

/** Codes of schema enum TensorType. */
public final class TensorType {

	public static final byte FLOAT32 = 0;
	public static final byte INT32 = 2;
	public static final byte UINT8 = 3;
	public static final byte INT64 = 4;
	public static final byte BOOL = 6;
	public static final byte INT16 = 7;
	public static final byte INT8 = 9;

	private static final String[] NAMES = ("FLOAT32 FLOAT16 INT32 UINT8 INT64 STRING BOOL INT16 COMPLEX64 INT8"
			+ " FLOAT64 COMPLEX128 UINT64 RESOURCE VARIANT UINT32 UINT16 INT4").split(" ");

	private TensorType() {
	}

	public static String name(byte code) {
		return code >= 0 && code < NAMES.length ? NAMES[code] : "TENSOR_TYPE_" + code;
	}
}
