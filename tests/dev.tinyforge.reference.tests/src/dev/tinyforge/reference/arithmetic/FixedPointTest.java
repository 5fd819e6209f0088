package dev.tinyforge.reference.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values worked out from gemmlowp's definitions and checked against gemmlowp itself. */
class FixedPointTest {

	private static final int HALF = 1 << 30;

	@Test
	void doublingHighMulIsTheProductOfQ31Fractions() {
		// 0.5 * 0.5 = 0.25 = 2^29 / 2^31
		assertEquals(1 << 29, FixedPoint.saturatingRoundingDoublingHighMul(HALF, HALF));
	}

	@Test
	void doublingHighMulRoundsPositiveHalvesUpAndNegativeHalvesTowardZero() {
		// 3 * 0.5 = 1.5 -> 2; -3 * 0.5 = -1.5 -> -1, because the nudge for negative products is 1 - 2^30.
		assertEquals(2, FixedPoint.saturatingRoundingDoublingHighMul(3, HALF));
		assertEquals(-1, FixedPoint.saturatingRoundingDoublingHighMul(-3, HALF));
	}

	@Test
	void doublingHighMulSaturatesMinTimesMin() {
		// -1 * -1 = 1 is not representable in Q0.31.
		assertEquals(Integer.MAX_VALUE,
				FixedPoint.saturatingRoundingDoublingHighMul(Integer.MIN_VALUE, Integer.MIN_VALUE));
	}

	@Test
	void roundingDivideByPotRoundsHalvesAwayFromZero() {
		assertEquals(3, FixedPoint.roundingDivideByPot(5, 1)); // 2.5
		assertEquals(-3, FixedPoint.roundingDivideByPot(-5, 1)); // -2.5
		assertEquals(2, FixedPoint.roundingDivideByPot(7, 2)); // 1.75
		assertEquals(-2, FixedPoint.roundingDivideByPot(-6, 2)); // -1.5
		assertEquals(-2, FixedPoint.roundingDivideByPot(-7, 2)); // -1.75
		assertEquals(7, FixedPoint.roundingDivideByPot(7, 0));
	}

	@Test
	void multiplyByPowerOfTwoSaturatesLeftAndRoundsRight() {
		assertEquals(800, FixedPoint.saturatingRoundingMultiplyByPot(100, 3));
		assertEquals(13, FixedPoint.saturatingRoundingMultiplyByPot(100, -3)); // 12.5
		assertEquals(Integer.MAX_VALUE, FixedPoint.saturatingRoundingMultiplyByPot(1 << 29, 2));
		assertEquals(Integer.MIN_VALUE, FixedPoint.saturatingRoundingMultiplyByPot(-(1 << 29), 2));
	}

	@Test
	void rescaleKeepsTheRealValue() {
		// 1.0 with 2 integer bits (2^29) is 1.0 with 4 integer bits (2^27).
		assertEquals(1 << 27, FixedPoint.rescale(1 << 29, 2, 4));
		assertEquals(1 << 29, FixedPoint.rescale(1 << 27, 4, 2));
	}

	@Test
	void roundingHalfSumRoundsHalvesAwayFromZero() {
		assertEquals(2, FixedPoint.roundingHalfSum(1, 2));
		assertEquals(-2, FixedPoint.roundingHalfSum(-1, -2));
		assertEquals(Integer.MAX_VALUE, FixedPoint.roundingHalfSum(Integer.MAX_VALUE, Integer.MAX_VALUE));
	}
}
