package dev.tinyforge.analysis.cost;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * The scratch buffers of the kernels TinyForge's code generator emits, after TinyEngine and CMSIS-NN:
 * <ul>
 * <li>CONV_2D: two output positions' input patches widened to int16, {@code 2 * kh*kw*cin * 2} bytes: the
 * im2col buffer of CMSIS-NN's {@code arm_convolve_s8} and, for 1x1 kernels, the two q15 input columns of
 * the pointwise kernel ({@code 2 * cin * 2}).</li>
 * <li>DEPTHWISE_CONV_2D with as many output as input channels: one input channel with its padding, int8,
 * {@code (H + padTop + padBottom) * (W + padLeft + padRight)} bytes. TinyEngine's depthwise kernel copies
 * each channel there before it writes the output channel, which is what lets it run in place. A depth
 * multiplier above 1 on a single input channel (a first layer) is a convolution with that many filters:
 * two int8 im2col patches, {@code 2 * kh*kw} bytes. Any other depth multiplier takes a generic kernel
 * (CMSIS-NN's {@code arm_depthwise_conv_s8}) that reads the input where it is and needs no buffer.</li>
 * <li>everything else: none.</li>
 * </ul>
 */
public final class KernelScratchModel implements ScratchModel {

	private static final int COLUMNS = 2;
	private static final int INT16_BYTES = 2;

	@Override
	public long scratchBytes(LayerGraph g, int op) {
		return switch (g.opKind(op)) {
			case CONV_2D -> COLUMNS * (long) g.kernelH(op) * g.kernelW(op) * g.tensorDim(g.opInput(op, 0), 3)
					* INT16_BYTES;
			case DEPTHWISE_CONV_2D -> depthwiseBytes(g, op);
			case FULLY_CONNECTED, ADD, MUL, LOGISTIC, AVERAGE_POOL_2D, MAX_POOL_2D, MEAN, PAD, RESHAPE, SOFTMAX,
					QUANTIZE, DEQUANTIZE -> 0;
		};
	}

	private static long depthwiseBytes(LayerGraph g, int op) {
		int inDepth = g.tensorDim(g.opInput(op, 0), 3);
		int outDepth = g.tensorDim(g.opOutput(op, 0), 3);
		if (inDepth == outDepth) {
			return paddedChannelBytes(g, op);
		}
		return inDepth == 1 ? COLUMNS * (long) g.kernelH(op) * g.kernelW(op) : 0;
	}

	private static long paddedChannelBytes(LayerGraph g, int op) {
		int in = g.opInput(op, 0);
		boolean same = g.samePadding(op);
		return (long) paddedExtent(g.tensorDim(in, 1), g.kernelH(op), g.strideH(op), g.dilationH(op), same)
				* paddedExtent(g.tensorDim(in, 2), g.kernelW(op), g.strideW(op), g.dilationW(op), same);
	}

	/**
	 * The input extent plus TFLite's SAME padding along one axis: the output is ceil(in / stride) and the
	 * padding {@code max((out - 1) * stride + effectiveKernel - in, 0)}, split before and after; only the
	 * sum matters here. VALID pads nothing.
	 */
	private static long paddedExtent(int input, int kernel, int stride, int dilation, boolean same) {
		if (!same) {
			return input;
		}
		long output = (input + stride - 1L) / stride;
		long effectiveKernel = (kernel - 1L) * dilation + 1;
		return input + Math.max((output - 1) * stride + effectiveKernel - input, 0);
	}
}
