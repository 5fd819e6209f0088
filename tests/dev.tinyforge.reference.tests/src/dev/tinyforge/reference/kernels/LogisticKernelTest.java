package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;

class LogisticKernelTest {

	/**
	 * Input scale 1/16: q = 16 is 1.0. The multiplier is 2^-4 * 2^27 = 2^30 * 2^24, so the radius is
	 * floor(15 * 2^27 / 2^24) = 120: from there on the output saturates. logistic(0) = 0.5 gives q = 0;
	 * logistic(1) = 0.731 gives 187.2 - 128 = 59; logistic(-1) = 0.269 gives -59; logistic(119 / 16) = 0.9994
	 * gives 255.85, rounded to 256 and clamped to 127.
	 */
	@Test
	void quantizesTheSigmoidInStepsOf1Over256() {
		TestGraph g = new TestGraph();
		g.add(IrFactory.eINSTANCE.createLogistic(), g.int8("y", 1f / 256, -128, 7), g.input("x", 1f / 16, 0, 7));

		assertArrayEquals(bytes(0, 59, -59, 127, 127, -128, -128), g.run(bytes(0, 16, -16, 119, 120, -119, -120)));
	}
}
