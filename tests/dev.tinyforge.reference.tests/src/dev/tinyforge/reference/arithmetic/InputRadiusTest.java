package dev.tinyforge.reference.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputRadiusTest {

	@Test
	void isTheLargestFixedPointValueShiftedBack() {
		// (2^5 - 1) * 2^26 / 2^20 = 31 * 64
		assertEquals(1984, InputRadius.of(5, 20));
		// (2^4 - 1) * 2^27 / 2^24 = 15 * 8
		assertEquals(120, InputRadius.of(4, 24));
	}

	@Test
	void roundsDown() {
		// 31 * 2^26 / 2^31 = 0.97
		assertEquals(0, InputRadius.of(5, 31));
	}
}
