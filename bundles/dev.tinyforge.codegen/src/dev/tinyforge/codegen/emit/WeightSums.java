package dev.tinyforge.codegen.emit;

/**
 * Per output channel, the sum of its weights (for folding the input zero point into the bias) and the sum of
 * their magnitudes (for bounding its accumulator).
 */
record WeightSums(int[] sums, int[] magnitudes) {

	/** Weights stored as {@code rows} consecutive rows, one per output channel (OHWI filters, FC weights). */
	static WeightSums ofRows(byte[] weights, int rows) {
		int length = weights.length / rows;
		int[] sums = new int[rows];
		int[] magnitudes = new int[rows];
		for (int row = 0; row < rows; row++) {
			for (int i = 0; i < length; i++) {
				byte weight = weights[row * length + i];
				sums[row] += weight;
				magnitudes[row] += Math.abs(weight);
			}
		}
		return new WeightSums(sums, magnitudes);
	}

	int channels() {
		return sums.length;
	}
}
