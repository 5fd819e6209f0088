package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Tensor;

class MeanKernelTest {

	private final TestGraph g = new TestGraph();

	private Mean mean(Tensor input, Tensor output, boolean keepDims, Integer... axes) {
		Mean mean = g.add(IrFactory.eINSTANCE.createMean(), output, input);
		mean.getAxes().addAll(List.of(axes));
		mean.setKeepDims(keepDims);
		return mean;
	}

	/**
	 * Channel 0 holds 1, 2, 3, 4 and channel 1 their negations. The count 4 is folded into the multiplier:
	 * 1 (2^30 * 2^1) becomes 2^30 * 2^-1, applied to the sums 10 and -10: 2.5 -> 3 and -2.5 -> -3.
	 */
	@Test
	void averagesOverHeightAndWidthRoundingHalvesAwayFromZero() {
		Tensor x = g.input("x", 1f, 0, 1, 2, 2, 2);
		mean(x, g.int8("y", 1f, 0, 1, 1, 1, 2), true, 1, 2);

		assertArrayEquals(bytes(3, -3), g.run(bytes(1, -1, 2, -2, 3, -3, 4, -4)));
	}

	/** Centred 2 and 4 at scale 0.5 average to 1.5, which is 2 steps of 1 above the output zero point -1. */
	@Test
	void takesOffTheInputZeroPointAndRescales() {
		Tensor x = g.input("x", 0.5f, 2, 1, 2);
		mean(x, g.int8("y", 1f, -1, 1), false, 1);

		assertArrayEquals(bytes(1), g.run(bytes(4, 6)));
	}

	/** Axis -2 of [1, 3, 1] is axis 1; 4 / 3 = 1.33 -> 1 with the multiplier (2^30 << 1) / 3 = 715827882. */
	@Test
	void negativeAxesCountFromTheEnd() {
		Tensor x = g.input("x", 1f, 0, 1, 3, 1);
		mean(x, g.int8("y", 1f, 0, 1, 1), false, -2);

		assertArrayEquals(bytes(1), g.run(bytes(1, 1, 2)));
	}

	/** Two means in a row, width then height, as TinyEngine's global pooling does. */
	@Test
	void reducesOneAxisAfterAnother() {
		Tensor x = g.input("x", 1f, 0, 1, 2, 2, 1);
		Tensor rows = g.int8("rows", 1f, 0, 1, 2, 1);
		mean(x, rows, false, 2);
		mean(rows, g.int8("y", 1f, 0, 1, 1), false, 1);

		// Rows (1 + 2) / 2 = 1.5 -> 2 and (4 + 5) / 2 = 4.5 -> 5, then (2 + 5) / 2 = 3.5 -> 4; one mean of all
		// four would give 3.
		assertArrayEquals(bytes(4), g.run(bytes(1, 2, 4, 5)));
	}
}
