package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Tensor;

class AddKernelTest {

	private final TestGraph g = new TestGraph();

	/**
	 * Both inputs at scale 0.5, the output at scale 1. The inputs are shifted left by 20 bits and halved (scale /
	 * twice the larger scale), the sum is scaled by 1 / 2^20: the result is the real sum, rounded.
	 */
	@Test
	void addsRealValuesRoundingHalvesAwayFromZero() {
		Tensor a = g.input("a", 0.5f, 0, 3);
		Tensor b = g.input("b", 0.5f, 0, 3);
		g.add(IrFactory.eINSTANCE.createAdd(), g.int8("y", 1f, 0, 3), a, b);

		// 1.5 + 2 = 3.5 -> 4, -1.5 - 2 = -3.5 -> -4, 5 + 0.5 = 5.5 -> 6.
		assertArrayEquals(bytes(4, -4, 6), g.run(bytes(3, -3, 10), bytes(4, -4, 1)));
	}

	/** a: scale 1, zero point 10; b: scale 0.25, zero point -4; output: scale 0.5, zero point 3, ReLU. */
	@Test
	void rescalesBothInputsAndClampsToTheActivation() {
		Tensor a = g.input("a", 1f, 10, 2);
		Tensor b = g.input("b", 0.25f, -4, 2);
		g.add(IrFactory.eINSTANCE.createAdd(), g.int8("y", 0.5f, 3, 2), a, b).setActivation(Activation.RELU);

		// 2 + 2 = 4 is 8 steps of 0.5 above 3; -10 + 0 is below zero, so the ReLU gives the zero point.
		assertArrayEquals(bytes(11, 3), g.run(bytes(12, 0), bytes(4, -4)));
	}
}
