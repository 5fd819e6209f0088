package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.ir.Pool2D;

/**
 * {@code reference_integer_ops::MaxPool}: the largest value of the window's part inside the image, clamped to
 * the activation range.
 */
final class MaxPoolKernel extends PoolKernel {

	MaxPoolKernel(Pool2D op) {
		super(op);
	}

	@Override
	int initial() {
		return Byte.MIN_VALUE;
	}

	@Override
	int fold(int max, int tap) {
		return Math.max(max, tap);
	}

	@Override
	int finish(int max, int count) {
		return max;
	}
}
