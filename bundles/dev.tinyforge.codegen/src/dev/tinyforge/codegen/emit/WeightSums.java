package dev.tinyforge.codegen.emit;

/** Sums of weights per output channel, for folding the input zero point into the bias. */
final class WeightSums {

	private WeightSums() {
	}

	/** Weights stored as {@code rows} consecutive rows, one per output channel (OHWI filters, FC weights). */
	static int[] ofRows(byte[] weights, int rows) {
		int length = weights.length / rows;
		int[] sums = new int[rows];
		for (int row = 0; row < rows; row++) {
			for (int i = 0; i < length; i++) {
				sums[row] += weights[row * length + i];
			}
		}
		return sums;
	}
}
