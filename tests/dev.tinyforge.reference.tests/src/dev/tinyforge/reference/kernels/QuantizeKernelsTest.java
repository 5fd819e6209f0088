package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static dev.tinyforge.reference.kernels.TestGraph.floats;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;

class QuantizeKernelsTest {

	private final TestGraph g = new TestGraph();

	/** Scale 0.5, zero point -10: q = round(x / 0.5) - 10, halves away from zero, saturating. */
	@Test
	void quantizesFloats() {
		g.add(IrFactory.eINSTANCE.createQuantize(), g.int8("y", 0.5f, -10, 6), g.floatInput("x", 6));

		// x / 0.5 = 0.5, -0.5, 2, 2000, -2000, 1.48
		assertArrayEquals(bytes(-9, -11, -8, 127, -128, -9), g.run(floats(0.25f, -0.25f, 1f, 1000f, -1000f, 0.74f)));
	}

	/**
	 * Scale 0.5 to 1, zero point 0 to 5. The multiplier 0.5 is applied with a rounding doubling high multiply,
	 * which rounds 1.5 up but -1.5 toward zero.
	 */
	@Test
	void requantizesInt8() {
		g.add(IrFactory.eINSTANCE.createQuantize(), g.int8("y", 1f, 5, 3), g.input("x", 0.5f, 0, 3));

		assertArrayEquals(bytes(2 + 5, -1 + 5, 2 + 5), g.run(bytes(3, -3, 4)));
	}

	/** scale * (q - zero point) in double, narrowed to float: 0.1f * 2 is 0.2f, 0.1f * -129 is -12.900001f. */
	@Test
	void dequantizesToFloats() {
		g.add(IrFactory.eINSTANCE.createDequantize(), g.float32("y", 3), g.input("x", 0.1f, 1, 3));

		assertArrayEquals(floats(0.2f, 0f, -12.900001f), g.run(bytes(3, 1, -128)));
	}
}
