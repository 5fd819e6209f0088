package dev.tinyforge.reference.arithmetic;

/** TFLite's {@code TfLiteRound} (tensorflow/lite/kernels/internal/cppmath.h), which is {@code std::round}. */
public final class Rounding {

	private Rounding() {
	}

	/**
	 * Rounds to the nearest integer, halves away from zero. Java's {@link Math#round} rounds halves up
	 * (-2.5 to -2), which differs for negative halves. Float arguments widen exactly, so one method serves both.
	 */
	public static double halfAwayFromZero(double x) {
		double magnitude = Math.abs(x);
		double floor = Math.floor(magnitude);
		double rounded = magnitude - floor >= 0.5 ? floor + 1 : floor;
		return Math.copySign(rounded, x);
	}
}
