package dev.tinyforge.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The order {@link WidenedGemmKernel} reads a layer's constants in, spelled out for a small layer. */
class WidenedWeightsTest {

	/** A word of two halfwords, the first in the low half. */
	private static int pair(int low, int high) {
		return high << 16 | low & 0xFFFF;
	}

	@Test
	void blocksOfFourChannelsHoldBiasesWeightPairsForSxtb16AndTheRestThenMultipliersAndShifts() {
		int channels = 5;
		int depth = 6;
		byte[] weights = new byte[channels * depth];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = (byte) (i % 2 == 0 ? -100 + i : 100 - i);
		}
		int[] bias = { 10, 11, 12, 13, 14 };
		int[] multipliers = { 20, 21, 22, 23, 24 };
		int[] shifts = { 30, 31, 32, 33, 34 };

		int[] expected = {
				10, 11, 12, 13,
				// inputs 0..3, channel by channel: (w0, w2), (w1, w3)
				pair(w(weights, 0, 0), w(weights, 0, 2)), pair(w(weights, 0, 1), w(weights, 0, 3)),
				pair(w(weights, 1, 0), w(weights, 1, 2)), pair(w(weights, 1, 1), w(weights, 1, 3)),
				pair(w(weights, 2, 0), w(weights, 2, 2)), pair(w(weights, 2, 1), w(weights, 2, 3)),
				pair(w(weights, 3, 0), w(weights, 3, 2)), pair(w(weights, 3, 1), w(weights, 3, 3)),
				// inputs 4 and 5, input by input
				pair(w(weights, 0, 4), w(weights, 1, 4)), pair(w(weights, 2, 4), w(weights, 3, 4)),
				pair(w(weights, 0, 5), w(weights, 1, 5)), pair(w(weights, 2, 5), w(weights, 3, 5)),
				20, 30, 21, 31, 22, 32, 23, 33,
				// the last block: one channel
				14,
				pair(w(weights, 4, 0), w(weights, 4, 2)), pair(w(weights, 4, 1), w(weights, 4, 3)),
				pair(w(weights, 4, 4), w(weights, 4, 5)),
				24, 34 };
		assertArrayEquals(expected, WidenedWeights.pack(weights, channels, depth, bias, multipliers, shifts));
	}

	@Test
	void anOddNumberOfWeightsInTheLastBlockEndsInAPaddingHalfword() {
		byte[] weights = { -1, -2, -3 };
		assertArrayEquals(new int[] { 7, pair(-1, -2), pair(-3, 0), 8, 9 },
				WidenedWeights.pack(weights, 1, 3, new int[] { 7 }, new int[] { 8 }, new int[] { 9 }));
	}

	private static int w(byte[] weights, int channel, int input) {
		return weights[channel * 6 + input];
	}
}
