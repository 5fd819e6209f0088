package dev.tinyforge.tflite.internal.schema;

/** Codes of schema enum Padding (renamed here so it does not clash with the IR's Padding). */
public final class PaddingMode {

	public static final byte SAME = 0;
	public static final byte VALID = 1;

	private PaddingMode() {
	}
}
