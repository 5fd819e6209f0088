package dev.tinyforge.reference.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundingTest {

	@Test
	void halvesGoAwayFromZeroLikeStdRound() {
		assertEquals(3.0, Rounding.halfAwayFromZero(2.5));
		assertEquals(-3.0, Rounding.halfAwayFromZero(-2.5));
		assertEquals(-1.0, Rounding.halfAwayFromZero(-0.5));
		// Math.round would give -2 here: it rounds halves up.
		assertEquals(-3.0, Rounding.halfAwayFromZero(-2.5f));
	}

	@Test
	void theFloatJustBelowOneHalfRoundsDown() {
		// 0.49999997f + 0.5f is 1.0f in float arithmetic; std::round still gives 0.
		assertEquals(0.0, Rounding.halfAwayFromZero(0.49999997f));
	}

	@Test
	void otherValuesGoToTheNearestInteger() {
		assertEquals(2.0, Rounding.halfAwayFromZero(1.6));
		assertEquals(-1.0, Rounding.halfAwayFromZero(-1.4));
		assertEquals(0x1p31, Rounding.halfAwayFromZero(0x1p31 - 0.25));
	}
}
