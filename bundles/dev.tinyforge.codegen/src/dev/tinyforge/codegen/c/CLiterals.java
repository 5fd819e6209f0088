package dev.tinyforge.codegen.c;

/** C literals and array initialisers whose values are exact: what the C reads is what Java computed. */
public final class CLiterals {

	private static final int VALUES_PER_LINE = 16;

	private CLiterals() {
	}

	/** A float as a C99 hexadecimal literal, exact to the bit. */
	public static String floatLiteral(float value) {
		if (Float.isNaN(value) || Float.isInfinite(value)) {
			throw new IllegalArgumentException("no C literal for " + value);
		}
		return Float.toHexString(value) + "f";
	}

	/** An int32 value; INT32_MIN has no literal of its own in C. */
	public static String int32Literal(int value) {
		return value == Integer.MIN_VALUE ? "(-2147483647 - 1)" : Integer.toString(value);
	}

	/** The body of an array initialiser, {@value #VALUES_PER_LINE} values per line. */
	public static String initialiser(int count, java.util.function.IntFunction<String> value) {
		StringBuilder text = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			text.append(i % VALUES_PER_LINE == 0 ? "\n\t" : " ").append(value.apply(i)).append(i + 1 < count ? "," : "");
		}
		return text.append("\n}").toString();
	}
}
