package dev.tinyforge.analysis.training;

/** The number format weights or activations are held in while training, and its size. */
public enum Precision {
	FP32(4), FP16(2), INT8(1);

	private final int bytes;

	Precision(int bytes) {
		this.bytes = bytes;
	}

	/** Bytes per element. */
	public int bytes() {
		return bytes;
	}
}
