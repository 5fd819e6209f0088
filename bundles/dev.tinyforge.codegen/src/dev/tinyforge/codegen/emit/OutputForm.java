package dev.tinyforge.codegen.emit;

/**
 * What of an {@link OutputRange} changes a kernel's code: the requantization and which clamps the activation
 * needs beyond int8's own. Kernels shared by layers take the zero point and the bounds as variables
 * {@code zero_point}, {@code min} and {@code max}.
 */
record OutputForm(Requantization requantization, boolean clampsLow, boolean clampsHigh) {

	static OutputForm of(OutputRange range) {
		return new OutputForm(range.requantization(), range.min() > -128, range.max() < 127);
	}

	/** The C expression requantizing accumulator {@code acc} with multiplier and shift {@code m} and {@code s}. */
	String requantize(String acc, String m, String s) {
		return String.format("%s(%s, %s, %s, zero_point, %s, %s)", requantization.function(), acc, m, s,
				clampsLow ? "min" : "-128", clampsHigh ? "max" : "127");
	}
}
