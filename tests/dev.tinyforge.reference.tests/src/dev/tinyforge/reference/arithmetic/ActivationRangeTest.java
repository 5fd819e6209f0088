package dev.tinyforge.reference.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.Activation;

class ActivationRangeTest {

	@Test
	void noActivationKeepsTheWholeInt8Range() {
		assertEquals(new ActivationRange(-128, 127), ActivationRange.of(Activation.NONE, 0.1f, 5));
	}

	@Test
	void reluStartsAtTheZeroPoint() {
		assertEquals(new ActivationRange(10, 127), ActivationRange.of(Activation.RELU, 0.1f, 10));
	}

	@Test
	void relu6EndsAtSixQuantized() {
		// 6 / 0.05 = 120 steps above the zero point -128.
		assertEquals(new ActivationRange(-128, -8), ActivationRange.of(Activation.RELU6, 0.05f, -128));
		// 6 / 0.0235 = 255.3 steps: rounded to 255, then capped at 127 with zero point -120.
		assertEquals(new ActivationRange(-120, 127), ActivationRange.of(Activation.RELU6, 0.0235f, -120));
	}

	@Test
	void reluMinusOneToOneQuantizesBothBounds() {
		assertEquals(new ActivationRange(-64, 64), ActivationRange.of(Activation.RELU_N1_TO_1, 1f / 64, 0));
	}
}
