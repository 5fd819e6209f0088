package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.WindowArithmetic;
import dev.tinyforge.model.ir.WindowedOperator;

/**
 * Where a sliding window (convolution or pooling) reads its input: the position of output row {@code y} starts
 * at input row {@code y * strideHeight - padTop}; taps are {@code dilation} apart. Padding follows
 * {@code ComputePaddingHeightWidth} (tensorflow/lite/kernels/padding.h), the smaller half before.
 */
record Window(int filterHeight, int filterWidth, int strideHeight, int strideWidth, int dilationHeight,
		int dilationWidth, int padTop, int padLeft, int outputHeight, int outputWidth) {

	static Window of(WindowedOperator op, int inputHeight, int inputWidth, int filterHeight, int filterWidth,
			int dilationHeight, int dilationWidth) {
		if (op.getStrideH() < 1 || op.getStrideW() < 1 || dilationHeight < 1 || dilationWidth < 1) {
			throw new IllegalArgumentException("strides and dilations must be positive");
		}
		return new Window(filterHeight, filterWidth, op.getStrideH(), op.getStrideW(), dilationHeight,
				dilationWidth,
				WindowArithmetic.paddingBefore(inputHeight, filterHeight, op.getStrideH(), dilationHeight,
						op.getPadding()),
				WindowArithmetic.paddingBefore(inputWidth, filterWidth, op.getStrideW(), dilationWidth,
						op.getPadding()),
				WindowArithmetic.outputSize(inputHeight, filterHeight, op.getStrideH(), dilationHeight,
						op.getPadding()),
				WindowArithmetic.outputSize(inputWidth, filterWidth, op.getStrideW(), dilationWidth,
						op.getPadding()));
	}

	int originY(int outputY) {
		return outputY * strideHeight - padTop;
	}

	int originX(int outputX) {
		return outputX * strideWidth - padLeft;
	}
}
