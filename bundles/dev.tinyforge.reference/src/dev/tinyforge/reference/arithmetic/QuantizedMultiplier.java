package dev.tinyforge.reference.arithmetic;

import static dev.tinyforge.reference.arithmetic.FixedPoint.roundingDivideByPot;
import static dev.tinyforge.reference.arithmetic.FixedPoint.saturatingRoundingDoublingHighMul;

/**
 * A real multiplier as TFLite stores it: {@code multiplier / 2^31 * 2^shift}, the Q0.31 significand in
 * [2^30, 2^31) and a signed power-of-two exponent (positive shifts left).
 */
public record QuantizedMultiplier(int multiplier, int shift) {

	private static final double TWO_TO_31 = 0x1p31;

	/**
	 * {@code QuantizeMultiplier} (tensorflow/lite/kernels/internal/quantization_util.cc): frexp of the double,
	 * the significand rounded to Q0.31; a significand that rounds up to 2^31 becomes 2^30 with the exponent one
	 * higher, and multipliers below about 2^-31 are flushed to zero.
	 */
	public static QuantizedMultiplier of(double real) {
		if (real == 0) {
			return new QuantizedMultiplier(0, 0);
		}
		// frexp: real = significand * 2^exponent with |significand| in [0.5, 1).
		int exponent = Math.getExponent(real) + 1;
		double significand = Math.scalb(real, -exponent);
		long fixed = (long) Rounding.halfAwayFromZero(significand * TWO_TO_31);
		if (fixed == 1L << 31) {
			fixed /= 2;
			exponent++;
		}
		if (exponent < -31) {
			return new QuantizedMultiplier(0, 0);
		}
		return new QuantizedMultiplier((int) fixed, exponent);
	}

	/**
	 * {@code MultiplyByQuantizedMultiplier(int32_t, ...)} in TFLM's double-rounding build
	 * (tensorflow/lite/kernels/internal/common.cc, TFLITE_SINGLE_ROUNDING unset): shift left, rounding doubling
	 * high multiply, then rounding right shift. The left shift wraps on overflow, as the C++ does in practice.
	 */
	public int apply(int x) {
		int leftShift = shift > 0 ? shift : 0;
		int rightShift = shift > 0 ? 0 : -shift;
		return roundingDivideByPot(saturatingRoundingDoublingHighMul(x * (1 << leftShift), multiplier), rightShift);
	}
}
