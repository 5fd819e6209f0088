package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Tensor;

class FullyConnectedKernelTest {

	private final TestGraph g = new TestGraph();

	@Test
	void eachOutputIsADotProductOfTheCentredInput() {
		// q = 0, 1, 2 with zero point -1: centred 1, 2, 3.
		Tensor x = g.input("x", 1f, -1, 1, 3);
		Tensor w = g.weights("w", new float[] { 1f }, new int[] { 1, 1, 1, 1, -1, 2 }, 2, 3);
		Tensor b = g.bias("b", 5, -1);
		g.add(IrFactory.eINSTANCE.createFullyConnected(), g.int8("y", 1f, 3, 1, 2), x, w, b);

		// 1+2+3 + 5 = 11 and 1-2+6 - 1 = 4, plus the output zero point 3.
		assertArrayEquals(bytes(14, 7), g.run(bytes(0, 1, 2)));
	}

	@Test
	void rowsOfABatchAreIndependent() {
		Tensor x = g.input("x", 1f, 0, 2, 2);
		Tensor w = g.weights("w", new float[] { 1f }, new int[] { 1, 1 }, 1, 2);
		g.add(IrFactory.eINSTANCE.createFullyConnected(), g.int8("y", 1f, 0, 2, 1), x, w);

		assertArrayEquals(bytes(1 + 2, 3 + 4), g.run(bytes(1, 2, 3, 4)));
	}

	/**
	 * With one weight scale TFLite multiplies the input and weight scales in float: 0.35f * 0.093f / 0.25f gives
	 * the multiplier 1118409472 * 2^-33, where the double product gives 1118409491 * 2^-33. For the accumulator
	 * 1 + 624 = 625 the first makes 625 * m / 2^31 = 325.49999 -> 325, then 325 / 4 = 81.25 -> 81; the second
	 * 325.50001 -> 326 and 81.5 -> 82.
	 */
	@Test
	void perTensorMultiplierTakesTheScaleProductInFloat() {
		Tensor x = g.input("x", 0.35f, 0, 1, 1);
		Tensor w = g.weights("w", new float[] { 0.093f }, new int[] { 1 }, 1, 1);
		g.add(IrFactory.eINSTANCE.createFullyConnected(), g.int8("y", 0.25f, 0, 1, 1), x, w, g.bias("b", 624));

		assertArrayEquals(bytes(81), g.run(bytes(1)));
	}

	/** Per-channel weight scales take the product in double, as convolutions do: the same numbers give 82. */
	@Test
	void perChannelMultipliersTakeTheScaleProductInDouble() {
		Tensor x = g.input("x", 0.35f, 0, 1, 1);
		Tensor w = g.weights("w", new float[] { 0.093f, 0.093f }, new int[] { 1, 1 }, 2, 1);
		g.add(IrFactory.eINSTANCE.createFullyConnected(), g.int8("y", 0.25f, 0, 1, 2), x, w,
				g.bias("b", 624, 624));

		assertArrayEquals(bytes(82, 82), g.run(bytes(1)));
	}
}
