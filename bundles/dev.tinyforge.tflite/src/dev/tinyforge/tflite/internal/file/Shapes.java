package dev.tinyforge.tflite.internal.file;

/** Element counts of tensor shapes. */
public final class Shapes {

	/** Caps element counts well above any real tensor, so products of corrupted dimensions cannot overflow. */
	private static final long ELEMENT_COUNT_CAP = 1L << 48;

	private Shapes() {
	}

	/** The product of the dimensions (1 for a scalar), capped at 2^48; the dimensions must not be negative. */
	public static long elementCount(int[] shape) {
		long count = 1;
		for (int dim : shape) {
			if (dim == 0) {
				return 0;
			}
			count = count > ELEMENT_COUNT_CAP / dim ? ELEMENT_COUNT_CAP : count * dim;
		}
		return count;
	}
}
