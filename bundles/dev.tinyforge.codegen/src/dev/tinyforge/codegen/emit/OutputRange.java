package dev.tinyforge.codegen.emit;

/**
 * An int8 output's zero point and clamp range, baked into a kernel as constants, and the requantization its
 * multipliers and shifts allow.
 */
record OutputRange(int zeroPoint, int min, int max, Requantization requantization) {

	static OutputRange of(AccumulatorStage stage) {
		return new OutputRange(stage.outputZeroPoint, stage.range.min(), stage.range.max(), stage.requantization());
	}

	/** The C expression requantizing accumulator {@code acc} with multiplier and shift {@code m} and {@code s}. */
	String requantize(String acc, String m, String s) {
		return String.format("%s(%s, %s, %s, %d, %d, %d)", requantization.function(), acc, m, s, zeroPoint, min, max);
	}

	/** The same for output channel {@code channel}, with the kernel's {@code multiplier} and {@code shift} arrays. */
	String requantize(String acc, String channel) {
		return requantize(acc, "multiplier[" + channel + "]", "shift[" + channel + "]");
	}
}
