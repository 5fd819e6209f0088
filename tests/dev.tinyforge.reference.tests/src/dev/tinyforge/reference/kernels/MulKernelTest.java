package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Tensor;

class MulKernelTest {

	private final TestGraph g = new TestGraph();

	/** Scales 0.5 * 0.5 / 0.25 = 1: the output is the product of the centred inputs. */
	@Test
	void multipliesRealValues() {
		Tensor a = g.input("a", 0.5f, 1, 3);
		Tensor b = g.input("b", 0.5f, 0, 3);
		g.add(IrFactory.eINSTANCE.createMul(), g.int8("y", 0.25f, 0, 3), a, b);

		// Reals 1 * 2 = 2, 0 * 2.5 = 0, -1 * 3 = -3, in steps of 0.25.
		assertArrayEquals(bytes(8, 0, -12), g.run(bytes(3, 1, -1), bytes(4, 5, 6)));
	}

	@Test
	void broadcastsAChannelVectorOverHeightAndWidth() {
		Tensor a = g.input("a", 1f, 0, 1, 2, 1, 2);
		Tensor b = g.input("b", 1f, 0, 1, 1, 1, 2);
		g.add(IrFactory.eINSTANCE.createMul(), g.int8("y", 1f, 0, 1, 2, 1, 2), a, b);

		assertArrayEquals(bytes(1 * 3, 2 * -1, 3 * 3, 4 * -1), g.run(bytes(1, 2, 3, 4), bytes(3, -1)));
	}
}
