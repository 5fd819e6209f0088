package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Tensor;

class PadKernelTest {

	private final TestGraph g = new TestGraph();

	private void pad(Tensor input, Tensor output, Integer... paddings) {
		Pad pad = g.add(IrFactory.eINSTANCE.createPad(), output, input);
		pad.getPaddings().addAll(List.of(paddings));
	}

	@Test
	void padsWithTheOutputZeroPoint() {
		Tensor x = g.input("x", 1f, -3, 1, 1, 2, 1);
		// One row before and after, one column after.
		pad(x, g.int8("y", 1f, -3, 1, 3, 3, 1), 0, 0, 1, 1, 0, 1, 0, 0);

		assertArrayEquals(bytes(
				-3, -3, -3,
				5, 6, -3,
				-3, -3, -3), g.run(bytes(5, 6)));
	}

	@Test
	void padsTheInnermostDimension() {
		Tensor x = g.input("x", 1f, 7, 1, 1, 2, 2);
		pad(x, g.int8("y", 1f, 7, 1, 1, 2, 3), 0, 0, 0, 0, 0, 0, 1, 0);

		assertArrayEquals(bytes(7, 1, 2, 7, 3, 4), g.run(bytes(1, 2, 3, 4)));
	}
}
