package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Tensor;

class DepthwiseConv2DKernelTest {

	private final TestGraph g = new TestGraph();

	/**
	 * Two pixels of two channels, (1, 2) and (3, 4), with depth multiplier 2: output channel 2c + m filters input
	 * channel c with the filter column 2c + m.
	 */
	@Test
	void eachInputChannelFeedsItsOwnOutputChannels() {
		Tensor x = g.input("x", 1f, 0, 1, 1, 2, 2);
		Tensor w = g.weights("w", new float[] { 1f }, new int[] { 1, 2, 3, 4, 10, 20, 30, 40 }, 1, 1, 2, 4);
		DepthwiseConv2D conv = g.add(IrFactory.eINSTANCE.createDepthwiseConv2D(), g.int8("y", 1f, 0, 1, 1, 1, 4),
				x, w);
		conv.setPadding(Padding.VALID);
		conv.setDepthMultiplier(2);

		// 1*1 + 3*10 = 31, 1*2 + 3*20 = 62, 2*3 + 4*30 = 126, 2*4 + 4*40 = 168, clamped to 127.
		assertArrayEquals(bytes(31, 62, 126, 127), g.run(bytes(1, 2, 3, 4)));
	}

	/**
	 * A 2x2 filter of ones with SAME padding over 1..9 in a 3x3 image: one row and column of padding in total,
	 * none before (the smaller half), so the window at (0, 0) covers rows and columns 0-1.
	 */
	@Test
	void samePaddingPutsTheSmallerHalfBefore() {
		Tensor x = g.input("x", 1f, 0, 1, 3, 3, 1);
		Tensor w = g.weights("w", new float[] { 1f }, new int[] { 1, 1, 1, 1 }, 1, 2, 2, 1);
		g.add(IrFactory.eINSTANCE.createDepthwiseConv2D(), g.int8("y", 1f, 0, 1, 3, 3, 1), x, w)
				.setPadding(Padding.SAME);

		assertArrayEquals(bytes(
				1 + 2 + 4 + 5, 2 + 3 + 5 + 6, 3 + 6,
				4 + 5 + 7 + 8, 5 + 6 + 8 + 9, 6 + 9,
				7 + 8, 8 + 9, 9), g.run(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9)));
	}
}
