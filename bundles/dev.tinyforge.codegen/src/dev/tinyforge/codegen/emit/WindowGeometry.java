package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.WindowArithmetic;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.WindowedOperator;

/**
 * Where a sliding window reads its NHWC input (batch 1): output row {@code y} starts at input row
 * {@code y * strideH - padTop}. Padding follows TensorFlow's SAME rule, the smaller half before.
 */
record WindowGeometry(int inH, int inW, int outH, int outW, int kernelH, int kernelW, int strideH, int strideW,
		int padTop, int padLeft, int padBottom, int padRight) {

	static WindowGeometry of(WindowedOperator op, int inH, int inW, int kernelH, int kernelW) {
		Padding padding = op.getPadding();
		int outH = WindowArithmetic.outputSize(inH, kernelH, op.getStrideH(), 1, padding);
		int outW = WindowArithmetic.outputSize(inW, kernelW, op.getStrideW(), 1, padding);
		int padTop = WindowArithmetic.paddingBefore(inH, kernelH, op.getStrideH(), 1, padding);
		int padLeft = WindowArithmetic.paddingBefore(inW, kernelW, op.getStrideW(), 1, padding);
		int padBottom = Math.max((outH - 1) * op.getStrideH() + kernelH - inH - padTop, 0);
		int padRight = Math.max((outW - 1) * op.getStrideW() + kernelW - inW - padLeft, 0);
		return new WindowGeometry(inH, inW, outH, outW, kernelH, kernelW, op.getStrideH(), op.getStrideW(), padTop,
				padLeft, padBottom, padRight);
	}

	/**
	 * The window of an operator without padding of its own over an input that a fused PAD put {@code padTop} rows
	 * and {@code padLeft} columns before, into a map of {@code paddedH x paddedW}.
	 */
	static WindowGeometry padded(WindowedOperator op, int inH, int inW, int kernelH, int kernelW, int padTop,
			int padLeft, int paddedH, int paddedW) {
		int outH = (paddedH - kernelH) / op.getStrideH() + 1;
		int outW = (paddedW - kernelW) / op.getStrideW() + 1;
		return new WindowGeometry(inH, inW, outH, outW, kernelH, kernelW, op.getStrideH(), op.getStrideW(), padTop,
				padLeft, Math.max((outH - 1) * op.getStrideH() + kernelH - inH - padTop, 0),
				Math.max((outW - 1) * op.getStrideW() + kernelW - inW - padLeft, 0));
	}

	int outputPixels() {
		return outH * outW;
	}

	int taps() {
		return kernelH * kernelW;
	}

	/** The input padded on all sides, as TinyEngine's depthwise kernels buffer one channel of it. */
	int paddedH() {
		return padTop + inH + padBottom;
	}

	int paddedW() {
		return padLeft + inW + padRight;
	}

	/** C condition: the window at input origin ({@code iy0}, {@code ix0}) lies entirely inside the input. */
	String insideCondition() {
		return String.format("iy0 >= 0 && iy0 <= %d && ix0 >= 0 && ix0 <= %d", inH - kernelH, inW - kernelW);
	}
}
