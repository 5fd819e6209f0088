package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.ir.Pool2D;

/**
 * {@code reference_integer_ops::AveragePool}: the sum over the window's part inside the image, divided by the
 * number of those taps, rounding halves away from zero; padding counts neither in the sum nor in the divisor.
 */
final class AveragePoolKernel extends PoolKernel {

	AveragePoolKernel(Pool2D op) {
		super(op);
	}

	@Override
	int initial() {
		return 0;
	}

	@Override
	int fold(int sum, int tap) {
		return sum + tap;
	}

	@Override
	int finish(int sum, int count) {
		// C++ division truncates toward zero, as Java's does.
		return sum > 0 ? (sum + count / 2) / count : (sum - count / 2) / count;
	}
}
