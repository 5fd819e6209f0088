package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.model.ir.Tensor;

class PoolKernelsTest {

	private final TestGraph g = new TestGraph();

	private Pool2D pool(PoolKind kind, int filterH, int filterW, Padding padding, Tensor input, Tensor output) {
		Pool2D pool = g.add(IrFactory.eINSTANCE.createPool2D(), output, input);
		pool.setKind(kind);
		pool.setFilterH(filterH);
		pool.setFilterW(filterW);
		pool.setPadding(padding);
		return pool;
	}

	@Test
	void averageRoundsHalvesAwayFromZero() {
		Tensor x = g.input("x", 1f, 0, 1, 1, 4, 1);
		pool(PoolKind.AVERAGE, 1, 2, Padding.VALID, x, g.int8("y", 1f, 0, 1, 1, 2, 1)).setStrideW(2);

		// (1 + 2) / 2 = 1.5 -> 2 and (-1 - 2) / 2 = -1.5 -> -2.
		assertArrayEquals(bytes(2, -2), g.run(bytes(1, 2, -1, -2)));
	}

	/** SAME padding of a 2x2 window over a 2x2 image adds a row and a column after; they are not counted. */
	@Test
	void averageDividesByTheTapsInsideTheImage() {
		Tensor x = g.input("x", 1f, 0, 1, 2, 2, 1);
		pool(PoolKind.AVERAGE, 2, 2, Padding.SAME, x, g.int8("y", 1f, 0, 1, 2, 2, 1));

		// 11 / 4 = 2.75 -> 3, (2 + 5) / 2 = 3.5 -> 4, (3 + 5) / 2 = 4, 5 / 1 = 5.
		assertArrayEquals(bytes(3, 4, 4, 5), g.run(bytes(1, 2, 3, 5)));
	}

	/** RELU6 at scale 0.5 and zero point -1 clamps to [-1, -1 + 12] = [-1, 11]. */
	@Test
	void maxTakesTheLargestValueWithinTheActivationRange() {
		Tensor x = g.input("x", 0.5f, -1, 1, 2, 4, 1);
		Pool2D pool = pool(PoolKind.MAX, 2, 2, Padding.VALID, x, g.int8("y", 0.5f, -1, 1, 1, 2, 1));
		pool.setStrideW(2);
		pool.setActivation(Activation.RELU6);

		// Windows {-5, 3, 20, 1} and {-5, -3, -7, -2}: maxima 20 and -2, clamped to 11 and -1.
		assertArrayEquals(bytes(11, -1), g.run(bytes(-5, 3, -5, -3, 20, 1, -7, -2)));
	}
}
