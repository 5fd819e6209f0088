package dev.tinyforge.codegen.emit;

/** Which of the {@link CHelper#REQUANTIZE} functions a layer's multipliers, shifts and accumulators allow. */
enum Requantization {

	/** TFLite's signed shifts. */
	GENERAL("tf_requantize"),
	/** Every shift is a right shift of at least one bit. */
	RIGHT("tf_requantize_right"),
	/**
	 * Right shifts of 1 to 30 bits small enough for the rounding term to fit (see {@link CHelper#REQUANTIZE}),
	 * and every accumulator below 2^30 in magnitude, so that it can be doubled
	 * for a rounding high multiply.
	 */
	NARROW("tf_requantize_narrow");

	private final String function;

	Requantization(String function) {
		this.function = function;
	}

	String function() {
		return function;
	}
}
