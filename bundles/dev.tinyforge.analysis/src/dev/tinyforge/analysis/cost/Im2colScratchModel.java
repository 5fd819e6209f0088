package dev.tinyforge.analysis.cost;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * Scratch as needed by CMSIS-NN's {@code arm_convolve_s8}, which TinyEngine and TFLM's CMSIS-NN
 * kernels use: a CONV_2D with a kernel larger than 1x1 expands two output positions' input patches
 * into an int16 im2col buffer of {@code 2 * kh*kw*cin * 2} bytes. 1x1 convolutions run without
 * im2col, and the other kinds are taken to need no scratch.
 * <p>
 * This is an estimate made before kernels are chosen: code generation refines it with the buffer
 * size of the kernel it actually selects for each operator.
 */
public final class Im2colScratchModel implements ScratchModel {

	private static final int COLUMNS = 2;
	private static final int INT16_BYTES = 2;

	@Override
	public long scratchBytes(LayerGraph g, int op) {
		return switch (g.opKind(op)) {
			case CONV_2D -> im2colBytes(g, op);
			case DEPTHWISE_CONV_2D, FULLY_CONNECTED, ADD, MUL, LOGISTIC, AVERAGE_POOL_2D, MAX_POOL_2D, MEAN, PAD, RESHAPE, SOFTMAX,
					QUANTIZE, DEQUANTIZE -> 0;
		};
	}

	private static long im2colBytes(LayerGraph g, int op) {
		long patch = (long) g.kernelH(op) * g.kernelW(op);
		if (patch == 1) {
			return 0;
		}
		return COLUMNS * patch * g.tensorDim(g.opInput(op, 1), 3) * INT16_BYTES;
	}
}
