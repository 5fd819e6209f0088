package dev.tinyforge.reference.arithmetic;

import static dev.tinyforge.reference.arithmetic.FixedPoint.ONE_Q0;
import static dev.tinyforge.reference.arithmetic.FixedPoint.rescale;
import static dev.tinyforge.reference.arithmetic.FixedPoint.roundingDivideByPot;
import static dev.tinyforge.reference.arithmetic.FixedPoint.roundingHalfSum;
import static dev.tinyforge.reference.arithmetic.FixedPoint.saturatingRoundingDoublingHighMul;

/**
 * gemmlowp's fixed-point exp, reciprocal and logistic (fixedpoint/fixedpoint.h), which TFLite's int8 softmax and
 * logistic kernels are built on. Results have no integer bits (Q0.31). All additions wrap, as in gemmlowp's
 * 32-bit code paths.
 */
public final class FixedPointFunctions {

	/** exp(-2^k) in Q0.31 for k = -2..4: the barrel shifter of {@code exp_on_negative_values}. */
	private static final int[] EXP_OF_MINUS_POWER_OF_TWO = { 1672461947, 1302514674, 790015084, 290630308,
			39332535, 720401, 242 };
	private static final int SMALLEST_BARREL_EXPONENT = -2;

	/** exp(-1/8) and 1/3 in Q0.31, the Taylor expansion's constants. */
	private static final int EXP_OF_MINUS_ONE_EIGHTH = 1895147668;
	private static final int ONE_THIRD = 715827883;

	/** 48/17 and -32/17 in Q2.29, Newton-Raphson's starting point for 1/x. */
	private static final int FORTY_EIGHT_SEVENTEENTHS = 1515870810;
	private static final int MINUS_THIRTY_TWO_SEVENTEENTHS = -1010580540;
	private static final int ONE_Q2 = 1 << 29;

	private FixedPointFunctions() {
	}

	/** {@code exp_on_negative_values}: exp(a) for a &lt;= 0 given with {@code integerBits} integer bits. */
	public static int expOnNegativeValues(int a, int integerBits) {
		int fractionalBits = 31 - integerBits;
		int oneQuarter = 1 << (fractionalBits - 2);
		int aModQuarterMinusOneQuarter = (a & (oneQuarter - 1)) - oneQuarter;
		int result = expOnIntervalFromMinusOneQuarterToZero(rescale(aModQuarterMinusOneQuarter, integerBits, 0));
		// The whole quarters that were cut off, one bit per factor exp(-2^k).
		int remainder = aModQuarterMinusOneQuarter - a;
		for (int i = 0; i < EXP_OF_MINUS_POWER_OF_TWO.length; i++) {
			int exponent = SMALLEST_BARREL_EXPONENT + i;
			if (integerBits > exponent && (remainder & (1 << (fractionalBits + exponent))) != 0) {
				result = saturatingRoundingDoublingHighMul(result, EXP_OF_MINUS_POWER_OF_TWO[i]);
			}
		}
		if (integerBits > 5 && a < -(1 << (36 - integerBits))) {
			result = 0;
		}
		return a == 0 ? ONE_Q0 : result;
	}

	/** {@code exp_on_interval_between_negative_one_quarter_and_0_excl}: a Taylor expansion around -1/8. */
	private static int expOnIntervalFromMinusOneQuarterToZero(int a) {
		int x = a + (1 << 28);
		int x2 = saturatingRoundingDoublingHighMul(x, x);
		int x3 = saturatingRoundingDoublingHighMul(x2, x);
		int x4 = saturatingRoundingDoublingHighMul(x2, x2);
		int x4Over4 = roundingDivideByPot(x4, 2);
		int x4Over24PlusX3Over6PlusX2Over2 = roundingDivideByPot(
				saturatingRoundingDoublingHighMul(x4Over4 + x3, ONE_THIRD) + x2, 1);
		return EXP_OF_MINUS_ONE_EIGHTH
				+ saturatingRoundingDoublingHighMul(EXP_OF_MINUS_ONE_EIGHTH, x + x4Over24PlusX3Over6PlusX2Over2);
	}

	/** {@code one_over_one_plus_x_for_x_in_0_1}: 1 / (1 + a) for a in [0, 1), by three Newton-Raphson steps. */
	public static int oneOverOnePlusX(int a) {
		int halfDenominator = roundingHalfSum(a, ONE_Q0);
		int x = FORTY_EIGHT_SEVENTEENTHS + saturatingRoundingDoublingHighMul(halfDenominator,
				MINUS_THIRTY_TWO_SEVENTEENTHS);
		for (int i = 0; i < 3; i++) {
			int halfDenominatorTimesX = saturatingRoundingDoublingHighMul(halfDenominator, x);
			int oneMinusHalfDenominatorTimesX = ONE_Q2 - halfDenominatorTimesX;
			x = x + rescale(saturatingRoundingDoublingHighMul(x, oneMinusHalfDenominatorTimesX), 4, 2);
		}
		// x is 2 / (1 + a) in Q2.29; read as Q1.30 it is the wanted quotient.
		return rescale(x, 1, 0);
	}

	/** {@code logistic}: 1 / (1 + exp(-a)) for a given with {@code integerBits} integer bits. */
	public static int logistic(int a, int integerBits) {
		if (a == 0) {
			return 1 << 30;
		}
		int ofMagnitude = oneOverOnePlusX(expOnNegativeValues(a > 0 ? -a : a, integerBits));
		return a > 0 ? ofMagnitude : ONE_Q0 - ofMagnitude;
	}
}
