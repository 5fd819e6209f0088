package dev.tinyforge.reference.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The exact values are gemmlowp's own (fixedpoint.h at 719139ce, compiled natively); the comments give the real
 * numbers they approximate, in units of 2^-31.
 */
class FixedPointFunctionsTest {

	private static final int Q5_ONE = 1 << 26;

	@Test
	void expOfZeroIsOne() {
		assertEquals(Integer.MAX_VALUE, FixedPointFunctions.expOnNegativeValues(0, 5));
	}

	@Test
	void expOnNegativeValuesMatchesGemmlowp() {
		// exp(-1) * 2^31 = 790015084.4: the quarter Taylor step and two barrel-shifter factors round a little.
		assertEquals(790015308, FixedPointFunctions.expOnNegativeValues(-Q5_ONE, 5));
		// exp(-1/4) * 2^31 = 1672461946.7
		assertEquals(1672462419, FixedPointFunctions.expOnNegativeValues(-Q5_ONE / 4, 5));
		// exp(-8) * 2^31 = 720400.5, from the Taylor step for -1/4 and five barrel-shifter factors
		assertEquals(720401, FixedPointFunctions.expOnNegativeValues(-8 * Q5_ONE, 5));
		assertEquals(0, FixedPointFunctions.expOnNegativeValues(-30 * Q5_ONE, 5));
	}

	@Test
	void oneOverOnePlusXMatchesGemmlowp() {
		// 1 / (1 + 0) saturates to the largest Q0.31 value; 1 / 1.5 * 2^31 = 1431655765.3; 1 / 2 * 2^31 = 2^30
		assertEquals(Integer.MAX_VALUE, FixedPointFunctions.oneOverOnePlusX(0));
		assertEquals(1431655762, FixedPointFunctions.oneOverOnePlusX(1 << 30));
		assertEquals(1073741820, FixedPointFunctions.oneOverOnePlusX(Integer.MAX_VALUE));
	}

	@Test
	void logisticIsSymmetricAroundOneHalf() {
		int q4One = 1 << 27;
		// logistic(1) * 2^31 = 1569936343.3, logistic(-1) * 2^31 = 577547304.7
		assertEquals(1569936226, FixedPointFunctions.logistic(q4One, 4));
		assertEquals(577547421, FixedPointFunctions.logistic(-q4One, 4));
		assertEquals(Integer.MAX_VALUE,
				FixedPointFunctions.logistic(q4One, 4) + FixedPointFunctions.logistic(-q4One, 4));
		assertEquals(1 << 30, FixedPointFunctions.logistic(0, 4));
	}
}
