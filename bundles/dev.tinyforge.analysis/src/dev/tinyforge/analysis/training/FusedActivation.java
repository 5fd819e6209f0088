package dev.tinyforge.analysis.training;

/**
 * The activation an operator applies to its output, as far as its backward pass cares. The ReLU family's
 * derivative is 0 or 1 depending only on where the input lies (below 0, or also above 6 for ReLU6, outside
 * [-1, 1] for RELU_N1_TO_1), so one bit per output element is all the backward pass keeps (TinyTL, Section 3.1,
 * and its memory profiler, which counts ReLU and ReLU6 at 1/8 byte per element). Smooth activations such as
 * sigmoid need their value; TFLite has them as operators of their own (LOGISTIC), never fused.
 */
public enum FusedActivation {
	NONE(0), RELU(1), RELU6(1), RELU_N1_TO_1(1);

	private final int maskBits;

	FusedActivation(int maskBits) {
		this.maskBits = maskBits;
	}

	/** Bits kept per output element for the backward pass. */
	public int maskBits() {
		return maskBits;
	}
}
