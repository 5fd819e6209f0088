package dev.tinyforge.codegen.emit;

/** Which of the {@link CHelper#REQUANTIZE} functions a layer's multipliers, shifts and accumulators allow. */
enum Requantization {

	/** TFLite's signed shifts. The constants are in order of speed, slowest first. */
	GENERAL("tf_requantize"),
	/** Every shift is a right shift of at least one bit. */
	RIGHT("tf_requantize_right"),
	/**
	 * Right shifts of 1 to 30 bits small enough for the rounding term to fit (see {@link CHelper#REQUANTIZE}),
	 * and every accumulator below 2^30 in magnitude, so that it can be doubled
	 * for a rounding high multiply.
	 */
	NARROW("tf_requantize_narrow");

	/**
	 * The fastest form for one multiplier and shift, applied to accumulators of magnitude at most
	 * {@code accumulatorBound}, with output zero point {@code zeroPoint}: NARROW needs a right shift, an
	 * accumulator that can be doubled and room for the rounding term, (2 zp + 1) * 2^(r-1), beside the high
	 * multiply below 2^31 (see {@link CHelper#REQUANTIZE}).
	 */
	static Requantization of(long accumulatorBound, int multiplier, int shift, int zeroPoint) {
		if (shift >= 0) {
			return GENERAL;
		}
		int right = -shift;
		if (accumulatorBound >= 1L << 30 || right > 30) {
			return RIGHT;
		}
		long high = (accumulatorBound * multiplier >> 31) + 1;
		long rounding = Math.abs(2L * zeroPoint + 1) << (right - 1);
		return high + rounding < 1L << 31 ? NARROW : RIGHT;
	}

	/** The form that serves every channel: the slowest of theirs. */
	static Requantization weakest(Requantization a, Requantization b) {
		return a.ordinal() <= b.ordinal() ? a : b;
	}

	/** The shift argument its function takes: TFLite's signed shift for GENERAL, the right shift otherwise. */
	int shiftArgument(int shift) {
		return this == GENERAL ? shift : -shift;
	}

	private final String function;

	Requantization(String function) {
		this.function = function;
	}

	String function() {
		return function;
	}
}
