package dev.tinyforge.reference.arithmetic;

/**
 * gemmlowp's scalar fixed-point primitives on int32 raw values (gemmlowp fixedpoint/fixedpoint.h at the commit
 * TFLM pins, 719139ce). A raw value with {@code n} integer bits represents {@code raw / 2^(31 - n)}.
 */
public final class FixedPoint {

	/** The largest value below one with no integer bits, gemmlowp's {@code FixedPoint<int32_t, 0>::One()}. */
	public static final int ONE_Q0 = Integer.MAX_VALUE;

	private FixedPoint() {
	}

	/** {@code SaturatingRoundingDoublingHighMul}: round(a * b / 2^31), saturating the only overflow, MIN * MIN. */
	public static int saturatingRoundingDoublingHighMul(int a, int b) {
		if (a == b && a == Integer.MIN_VALUE) {
			return Integer.MAX_VALUE;
		}
		long product = (long) a * b;
		long nudge = product >= 0 ? 1L << 30 : 1 - (1L << 30);
		// Long division truncates toward zero, as the C++ original does.
		return (int) ((product + nudge) / (1L << 31));
	}

	/** {@code RoundingDivideByPOT}: x / 2^exponent rounded to nearest, halves away from zero; exponent 0..31. */
	public static int roundingDivideByPot(int x, int exponent) {
		int mask = (int) ((1L << exponent) - 1);
		int remainder = x & mask;
		int threshold = (mask >> 1) + (x < 0 ? 1 : 0);
		return (x >> exponent) + (remainder > threshold ? 1 : 0);
	}

	/**
	 * {@code SaturatingRoundingMultiplyByPOT<exponent>}: a saturating left shift for a positive exponent, a rounding
	 * right shift for a negative one.
	 */
	public static int saturatingRoundingMultiplyByPot(int x, int exponent) {
		if (exponent > 0) {
			int threshold = (1 << (31 - exponent)) - 1;
			if (x > threshold) {
				return Integer.MAX_VALUE;
			}
			if (x < -threshold) {
				return Integer.MIN_VALUE;
			}
			return x << exponent;
		}
		return exponent < 0 ? roundingDivideByPot(x, -exponent) : x;
	}

	/** {@code Rescale<dst>} of a value with {@code sourceIntegerBits}: the same real number in another format. */
	public static int rescale(int raw, int sourceIntegerBits, int targetIntegerBits) {
		return saturatingRoundingMultiplyByPot(raw, sourceIntegerBits - targetIntegerBits);
	}

	/** {@code RoundingHalfSum}: (a + b) / 2 rounded to nearest, halves away from zero. */
	public static int roundingHalfSum(int a, int b) {
		long sum = (long) a + b;
		long sign = sum >= 0 ? 1 : -1;
		return (int) ((sum + sign) / 2);
	}
}
