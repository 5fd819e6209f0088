package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Tensor;

class Conv2DKernelTest {

	private final TestGraph g = new TestGraph();

	private Conv2D conv(Padding padding, Tensor output, Tensor... inputs) {
		Conv2D conv = g.add(IrFactory.eINSTANCE.createConv2D(), output, inputs);
		conv.setPadding(padding);
		return conv;
	}

	/**
	 * Input q = 2..10 with zero point 2, so the centred values are 0..8 in a 3x3 image; the diagonal filter sums
	 * a pixel and its lower-right neighbour. Scale 0.5 * 0.5 / 1 = 0.25.
	 */
	@Test
	void sumsTheWindowAndRequantizesWithDoubleRounding() {
		Tensor x = g.input("x", 0.5f, 2, 1, 3, 3, 1);
		Tensor w = g.weights("w", new float[] { 0.5f }, new int[] { 1, 0, 0, 1 }, 1, 2, 2, 1);
		conv(Padding.VALID, g.int8("y", 1f, 0, 1, 2, 2, 1), x, w);

		// Sums 0+4, 1+5, 3+7, 4+8 = 4, 6, 10, 12; times 0.25: 1, 1.5 -> 2, 2.5 -> 3, 3.
		assertArrayEquals(bytes(1, 2, 3, 3), g.run(bytes(2, 3, 4, 5, 6, 7, 8, 9, 10)));
	}

	/**
	 * A 3x3 filter with SAME padding over a 2x2 image: every window covers the whole image, and the padding adds
	 * nothing, though the input zero point is 5 (padding with q = 0 would add 5 * -1 per tap). Channel 0 sums with
	 * weight 1 at scale 1, channel 1 with weight -1 at scale 0.5.
	 */
	@Test
	void perChannelScalesBiasAndActivation() {
		Tensor x = g.input("x", 1f, 5, 1, 2, 2, 1);
		int[] weights = new int[18];
		for (int i = 0; i < 9; i++) {
			weights[i] = 1;
			weights[9 + i] = -1;
		}
		Tensor w = g.weights("w", new float[] { 1f, 0.5f }, weights, 2, 3, 3, 1);
		Tensor b = g.bias("b", 10, 0);
		conv(Padding.SAME, g.int8("y", 1f, 0, 1, 2, 2, 2), x, w, b).setActivation(Activation.RELU);

		// Centred input 1, 2, 3, 4 sums to 10: channel 0 is 10 + bias 10 = 20; channel 1 is -10 * 0.5 = -5,
		// cut to 0 by the ReLU.
		assertArrayEquals(bytes(20, 0, 20, 0, 20, 0, 20, 0), g.run(bytes(6, 7, 8, 9)));
	}

	@Test
	void dilationSpreadsTheTaps() {
		Tensor x = g.input("x", 1f, 0, 1, 3, 3, 1);
		Tensor w = g.weights("w", new float[] { 1f }, new int[] { 1, 1, 1, 1 }, 1, 2, 2, 1);
		Conv2D conv = conv(Padding.VALID, g.int8("y", 1f, 0, 1, 1, 1, 1), x, w);
		conv.setDilationH(2);
		conv.setDilationW(2);

		// A 2x2 filter with dilation 2 reads the corners of the 3x3 image: 0 + 2 + 6 + 8.
		assertArrayEquals(bytes(16), g.run(bytes(0, 1, 2, 3, 4, 5, 6, 7, 8)));
	}

	@Test
	void stridesSkipWindows() {
		Tensor x = g.input("x", 1f, 0, 1, 1, 5, 1);
		Tensor w = g.weights("w", new float[] { 1f }, new int[] { 1, 1 }, 1, 1, 2, 1);
		conv(Padding.VALID, g.int8("y", 1f, 0, 1, 1, 2, 1), x, w).setStrideW(2);

		// Windows at columns 0-1 and 2-3; column 4 is left over.
		assertArrayEquals(bytes(1 + 2, 3 + 4), g.run(bytes(1, 2, 3, 4, 5)));
	}

	@Test
	void groupsSplitTheInputChannels() {
		Tensor x = g.input("x", 1f, 0, 1, 1, 1, 4);
		// Filter depth 2 over input depth 4: two groups, one output channel each.
		Tensor w = g.weights("w", new float[] { 1f }, new int[] { 1, 1, 1, -1 }, 2, 1, 1, 2);
		conv(Padding.VALID, g.int8("y", 1f, 0, 1, 1, 1, 2), x, w);

		// Channel 0 reads inputs 0 and 1: 1 + 2; channel 1 reads inputs 2 and 3: 3 - 4.
		assertArrayEquals(bytes(3, -1), g.run(bytes(1, 2, 3, 4)));
	}
}
