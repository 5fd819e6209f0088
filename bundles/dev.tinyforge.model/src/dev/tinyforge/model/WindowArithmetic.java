package dev.tinyforge.model;

import dev.tinyforge.model.ir.Padding;

/**
 * Output size and padding of a sliding window (convolution, pooling) along one axis, with TensorFlow's
 * SAME/VALID rules: SAME gives ceil(in / stride) and pads the missing rows, the smaller half before;
 * VALID keeps only windows that lie fully inside the input.
 */
public final class WindowArithmetic {

	private WindowArithmetic() {
	}

	/** Extent of a dilated kernel: the distance from its first to its last tap, plus one. */
	public static int effectiveKernel(int kernel, int dilation) {
		return (kernel - 1) * dilation + 1;
	}

	/** Output size; zero or less means the window never fits (an empty feature map). */
	public static int outputSize(int input, int kernel, int stride, int dilation, Padding padding) {
		if (padding == Padding.SAME) {
			return (input + stride - 1) / stride;
		}
		return Math.floorDiv(input - effectiveKernel(kernel, dilation), stride) + 1;
	}

	/** Rows (or columns) of padding added before the input; SAME only, VALID adds none. */
	public static int paddingBefore(int input, int kernel, int stride, int dilation, Padding padding) {
		if (padding != Padding.SAME) {
			return 0;
		}
		int output = outputSize(input, kernel, stride, dilation, padding);
		int total = Math.max((output - 1) * stride + effectiveKernel(kernel, dilation) - input, 0);
		return total / 2;
	}
}
