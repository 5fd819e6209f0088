package dev.tinyforge.tflite.internal.schema;

/** Codes of schema enum ActivationFunctionType. */
public final class ActivationFunctionType {

	public static final byte NONE = 0;
	public static final byte RELU = 1;
	public static final byte RELU_N1_TO_1 = 2;
	public static final byte RELU6 = 3;

	private static final String[] NAMES = {"NONE", "RELU", "RELU_N1_TO_1", "RELU6", "TANH", "SIGN_BIT"};

	private ActivationFunctionType() {
	}

	public static String name(byte code) {
		return code >= 0 && code < NAMES.length ? NAMES[code] : "ACTIVATION_" + code;
	}
}
