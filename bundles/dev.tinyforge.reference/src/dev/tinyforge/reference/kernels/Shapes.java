package dev.tinyforge.reference.kernels;

/** Row-major index arithmetic on plain shapes. */
final class Shapes {

	private Shapes() {
	}

	static int elementCount(int[] shape) {
		int count = 1;
		for (int dim : shape) {
			count *= dim;
		}
		return count;
	}

	/** The distance in elements between neighbours along each dimension. */
	static int[] strides(int[] shape) {
		int[] strides = new int[shape.length];
		int stride = 1;
		for (int d = shape.length - 1; d >= 0; d--) {
			strides[d] = stride;
			stride *= shape[d];
		}
		return strides;
	}

	/** Advances a multi-index to the next element in row-major order, wrapping to all zeros after the last. */
	static void increment(int[] index, int[] shape) {
		for (int d = index.length - 1; d >= 0; d--) {
			if (++index[d] < shape[d]) {
				return;
			}
			index[d] = 0;
		}
	}
}
