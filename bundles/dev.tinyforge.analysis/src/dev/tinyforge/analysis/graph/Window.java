package dev.tinyforge.analysis.graph;

/**
 * Sliding-window parameters of an operator.
 * <p>
 * Convolutions take their kernel size from the filter shape, so they may leave the kernel at 0
 * (see {@link #conv}); pools need a kernel of at least 1x1. Operators without a window use
 * {@link #NONE}.
 */
public record Window(int kernelH, int kernelW, int strideH, int strideW, int dilationH, int dilationW,
		boolean samePadding) {

	/** The window of operators that do not slide one (ADD, SOFTMAX, ...). */
	public static final Window NONE = new Window(0, 0, 0, 0, 0, 0, false);

	public Window {
		if (kernelH < 0 || kernelW < 0 || strideH < 0 || strideW < 0 || dilationH < 0 || dilationW < 0) {
			throw new IllegalArgumentException("window parameters must not be negative: kernel " + kernelH + "x"
					+ kernelW + ", stride " + strideH + "x" + strideW + ", dilation " + dilationH + "x" + dilationW);
		}
	}

	/** An undilated convolution window; the kernel comes from the filter shape. */
	public static Window conv(int strideH, int strideW, boolean samePadding) {
		return new Window(0, 0, strideH, strideW, 1, 1, samePadding);
	}

	/** An undilated pooling window. */
	public static Window pool(int kernelH, int kernelW, int strideH, int strideW, boolean samePadding) {
		return new Window(kernelH, kernelW, strideH, strideW, 1, 1, samePadding);
	}
}
