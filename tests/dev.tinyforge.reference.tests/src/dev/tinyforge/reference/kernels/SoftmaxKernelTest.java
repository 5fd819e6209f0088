package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Softmax;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.ReferenceInterpreter;

/** Softmax outputs are probabilities in steps of 1/256 from zero point -128: q = 256 p - 128. */
class SoftmaxKernelTest {

	private final TestGraph g = new TestGraph();

	private Softmax softmax(Tensor input, int... shape) {
		return g.add(IrFactory.eINSTANCE.createSoftmax(), g.int8("y", 1f / 256, -128, shape), input);
	}

	/**
	 * Row 0: two equal logits, p = 0.5 each, q = 0. Row 1 at input scale 1: beta * scale * 2^26 is the multiplier
	 * 2^30 * 2^27, so differences below -floor(31 * 2^26 / 2^27) = -15 count as nothing; -127 is such a
	 * difference, its p is 0 (q = -128), and the maximum's p = 1 saturates at q = 127.
	 */
	@Test
	void normalisesEachRow() {
		Tensor x = g.input("x", 1f, 0, 2, 2);
		softmax(x, 2, 2);

		assertArrayEquals(bytes(0, 0, -128, 127), g.run(bytes(7, 7, 0, 127)));
	}

	@Test
	void fourEqualLogitsGetAQuarterEach() {
		Tensor x = g.input("x", 0.1f, 0, 1, 4);
		softmax(x, 1, 4);

		assertArrayEquals(bytes(-64, -64, -64, -64), g.run(bytes(5, 5, 5, 5)));
	}

	/**
	 * Logits 10 steps apart at scale ln(3) / 10 differ by ln 3: p = 3/4 and 1/4, q = 64 and -64. With beta 0.5 they
	 * differ by ln(3) / 2: p = sqrt(3) / (1 + sqrt(3)) = 0.634 (q = 34.3) and 0.366 (q = -34.3).
	 */
	@Test
	void scalesDifferencesByBetaAndInputScale() {
		Tensor x = g.input("x", (float) (Math.log(3) / 10), 0, 1, 2);
		Tensor probabilities = g.int8("p", 1f / 256, -128, 1, 2);
		g.add(IrFactory.eINSTANCE.createSoftmax(), probabilities, x);
		assertArrayEquals(bytes(64, -64), g.run(bytes(10, 0)));

		TestGraph halfBeta = new TestGraph();
		Tensor y = halfBeta.input("x", (float) (Math.log(3) / 10), 0, 1, 2);
		halfBeta.add(IrFactory.eINSTANCE.createSoftmax(), halfBeta.int8("p", 1f / 256, -128, 1, 2), y).setBeta(0.5f);
		assertArrayEquals(bytes(34, -34), halfBeta.run(bytes(10, 0)));
	}

	@Test
	void requiresTheFixedOutputQuantization() {
		Tensor x = g.input("x", 1f, 0, 1, 2);
		g.add(IrFactory.eINSTANCE.createSoftmax(), g.int8("y", 1f / 128, 0, 1, 2), x);

		assertThrows(IllegalArgumentException.class, () -> new ReferenceInterpreter(g.graph()));
	}
}
