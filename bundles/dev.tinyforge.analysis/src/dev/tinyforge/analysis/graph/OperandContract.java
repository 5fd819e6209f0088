package dev.tinyforge.analysis.graph;

/**
 * What an operator kind requires of its operands and window. {@link GraphValidator} checks every
 * operator against the contract of its kind, so the cost and memory models can read filter shapes
 * without re-checking them.
 */
enum OperandContract {
	/** Activation, filter {@code [cout,kh,kw,cin]}, optional bias {@code [cout]}. */
	CONVOLUTION(2, 3, WindowUse.FILTER_KERNEL),
	/** Activation, filter {@code [1,kh,kw,cout]}, optional bias {@code [cout]}. */
	DEPTHWISE(2, 3, WindowUse.FILTER_KERNEL),
	/** Activation, weights {@code [out,in]}, optional bias {@code [out]}. */
	FULLY_CONNECTED(2, 3, WindowUse.NONE),
	/** One NHWC activation, kernel from the window. */
	POOL(1, 1, WindowUse.OWN_KERNEL),
	BINARY(2, 2, WindowUse.NONE),
	UNARY(1, 1, WindowUse.NONE),
	/** One activation plus an optional parameter tensor (MEAN axes, PAD paddings, RESHAPE shape). */
	UNARY_WITH_PARAMETERS(1, 2, WindowUse.NONE);

	/** How an operator uses its {@link Window}. */
	enum WindowUse {
		/** Ignores the window. */
		NONE,
		/** Uses strides, dilations and padding; the kernel is the filter's, so the window's kernel is 0 or equal. */
		FILTER_KERNEL,
		/** Uses the whole window; kernel at least 1x1. */
		OWN_KERNEL
	}

	private final int minInputs;
	private final int maxInputs;
	private final WindowUse window;

	OperandContract(int minInputs, int maxInputs, WindowUse window) {
		this.minInputs = minInputs;
		this.maxInputs = maxInputs;
		this.window = window;
	}

	static OperandContract of(OpKind kind) {
		return switch (kind) {
			case CONV_2D -> CONVOLUTION;
			case DEPTHWISE_CONV_2D -> DEPTHWISE;
			case FULLY_CONNECTED -> FULLY_CONNECTED;
			case AVERAGE_POOL_2D, MAX_POOL_2D -> POOL;
			case ADD, MUL -> BINARY;
			case SOFTMAX, LOGISTIC, QUANTIZE, DEQUANTIZE -> UNARY;
			case MEAN, PAD, RESHAPE -> UNARY_WITH_PARAMETERS;
		};
	}

	int minInputs() {
		return minInputs;
	}

	int maxInputs() {
		return maxInputs;
	}

	/** Every current kind writes exactly one tensor. */
	int outputs() {
		return 1;
	}

	WindowUse window() {
		return window;
	}
}
