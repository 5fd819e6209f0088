package dev.tinyforge.tflite.internal.file;

/** A tensor's quantization parameters as the file gives them; empty arrays when it has none. */
public record TfliteQuantization(float[] scales, long[] zeroPoints, int quantizedDimension, boolean customDetails) {

	public boolean hasScales() {
		return scales.length > 0;
	}

	/**
	 * The dimension that per-channel scales run along. Converters give a per-channel bias the quantized
	 * dimension of its filter (3 for a depthwise filter, e.g. in person_detect.tflite) although the bias has a
	 * single dimension; for a one-dimensional tensor that can only mean dimension 0.
	 */
	public int channelDimension(int rank) {
		return rank == 1 && scales.length > 1 ? 0 : quantizedDimension;
	}
}
