package dev.tinyforge.reference.kernels;

import java.util.Arrays;

import dev.tinyforge.model.ir.DepthwiseConv2D;

/**
 * {@code reference_integer_ops::DepthwiseConvPerChannel}
 * (tensorflow/lite/kernels/internal/reference/integer_ops/depthwise_conv.h): output channel
 * {@code c * depthMultiplier + m} filters input channel {@code c} alone, with the same accumulation and output
 * stage as a convolution.
 */
final class DepthwiseConv2DKernel implements Kernel {

	private final ConvolutionOperands operands;
	private final int depthMultiplier;

	DepthwiseConv2DKernel(DepthwiseConv2D op) {
		operands = new ConvolutionOperands(op, 3);
		depthMultiplier = op.getDepthMultiplier();
		if (operands.filterShape[0] != 1) {
			throw new IllegalArgumentException("a depthwise filter must have shape [1, H, W, C], has "
					+ Arrays.toString(operands.filterShape));
		}
		if (operands.outputDepth != operands.inputDepth * depthMultiplier) {
			throw new IllegalArgumentException("output depth " + operands.outputDepth + " is not input depth "
					+ operands.inputDepth + " times depth multiplier " + depthMultiplier);
		}
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		ConvolutionOperands o = operands;
		Window w = o.window;
		byte[] filter = o.filter;
		int outputIndex = 0;
		for (int batch = 0; batch < o.batches; batch++) {
			for (int outY = 0; outY < w.outputHeight(); outY++) {
				int originY = w.originY(outY);
				for (int outX = 0; outX < w.outputWidth(); outX++) {
					int originX = w.originX(outX);
					for (int inChannel = 0; inChannel < o.inputDepth; inChannel++) {
						for (int m = 0; m < depthMultiplier; m++) {
							int outChannel = inChannel * depthMultiplier + m;
							int accumulator = 0;
							for (int filterY = 0; filterY < w.filterHeight(); filterY++) {
								int inY = originY + w.dilationHeight() * filterY;
								if (inY < 0 || inY >= o.inputHeight) {
									continue;
								}
								for (int filterX = 0; filterX < w.filterWidth(); filterX++) {
									int inX = originX + w.dilationWidth() * filterX;
									if (inX < 0 || inX >= o.inputWidth) {
										continue;
									}
									int inputValue = input[((batch * o.inputHeight + inY) * o.inputWidth + inX)
											* o.inputDepth + inChannel];
									int filterValue = filter[(filterY * w.filterWidth() + filterX) * o.outputDepth
											+ outChannel];
									accumulator += filterValue * (inputValue + o.inputOffset);
								}
							}
							output[outputIndex++] = o.requantizer.requantize(accumulator + o.bias[outChannel],
									outChannel);
						}
					}
				}
			}
		}
	}
}
