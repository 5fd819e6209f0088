package dev.tinyforge.reference.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuantizedMultiplierTest {

	private static final int HALF = 1 << 30;

	@Test
	void powersOfTwoHaveTheSignificandOneHalf() {
		assertEquals(new QuantizedMultiplier(HALF, 0), QuantizedMultiplier.of(0.5));
		assertEquals(new QuantizedMultiplier(HALF, 1), QuantizedMultiplier.of(1.0));
		assertEquals(new QuantizedMultiplier(HALF, -1), QuantizedMultiplier.of(0.25));
	}

	@Test
	void theSignificandIsRoundedToQ31() {
		// 0.75 = 0.75 * 2^0; 0.1 = 0.8 * 2^-3 and 0.8 * 2^31 = 1717986918.4
		assertEquals(new QuantizedMultiplier(3 << 29, 0), QuantizedMultiplier.of(0.75));
		assertEquals(new QuantizedMultiplier(1717986918, -3), QuantizedMultiplier.of(0.1));
	}

	@Test
	void aSignificandThatRoundsUpToOneMovesToTheNextExponent() {
		// (1 - 2^-33) * 2^31 = 2^31 - 0.25 rounds to 2^31, which is stored as 2^30 with the exponent one higher.
		assertEquals(new QuantizedMultiplier(HALF, 1), QuantizedMultiplier.of(1 - 0x1p-33));
	}

	@Test
	void tinyMultipliersAndZeroAreFlushedToZero() {
		assertEquals(new QuantizedMultiplier(3 << 29, -31), QuantizedMultiplier.of(0.75 * 0x1p-31));
		assertEquals(new QuantizedMultiplier(0, 0), QuantizedMultiplier.of(0.75 * 0x1p-32));
		assertEquals(new QuantizedMultiplier(0, 0), QuantizedMultiplier.of(0));
	}

	@Test
	void applyMultipliesIntegers() {
		assertEquals(50, new QuantizedMultiplier(HALF, 0).apply(100));
		assertEquals(100, new QuantizedMultiplier(HALF, 1).apply(100));
		assertEquals(-50, new QuantizedMultiplier(HALF, 0).apply(-100));
	}

	@Test
	void applyRoundsTwice() {
		// 5 * 0.25 = 1.25, but TFLM rounds the high multiply (5 * 0.5 = 2.5 -> 3) and then the shift
		// (3 / 2 = 1.5 -> 2): the result is 2, not 1.
		assertEquals(2, new QuantizedMultiplier(HALF, -1).apply(5));
	}
}
