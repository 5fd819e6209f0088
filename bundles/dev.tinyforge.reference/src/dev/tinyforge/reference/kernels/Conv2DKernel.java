package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.ir.Conv2D;

/**
 * {@code reference_integer_ops::ConvPerChannel} (tensorflow/lite/kernels/internal/reference/integer_ops/conv.h):
 * an int32 sum of {@code filter * (input + inputOffset)} over the window's taps inside the image (the padding
 * contributes nothing), plus bias, through the per-channel output stage. Grouped convolutions (input depth a
 * multiple of the filter's) are included, as TFLite's kernel has them.
 */
final class Conv2DKernel implements Kernel {

	private final ConvolutionOperands operands;
	private final int filterDepth;
	private final int filtersPerGroup;

	Conv2DKernel(Conv2D op) {
		operands = new ConvolutionOperands(op, 0);
		filterDepth = operands.filterShape[3];
		if (filterDepth == 0 || operands.inputDepth % filterDepth != 0) {
			throw new IllegalArgumentException("input depth " + operands.inputDepth
					+ " is not a multiple of the filter depth " + filterDepth);
		}
		int groups = operands.inputDepth / filterDepth;
		if (operands.outputDepth % groups != 0) {
			throw new IllegalArgumentException(
					"output depth " + operands.outputDepth + " is not a multiple of the " + groups + " groups");
		}
		filtersPerGroup = operands.outputDepth / groups;
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		ConvolutionOperands o = operands;
		Window w = o.window;
		byte[] filter = o.filter;
		int filterHeight = w.filterHeight();
		int filterWidth = w.filterWidth();
		int outputIndex = 0;
		for (int batch = 0; batch < o.batches; batch++) {
			for (int outY = 0; outY < w.outputHeight(); outY++) {
				int originY = w.originY(outY);
				for (int outX = 0; outX < w.outputWidth(); outX++) {
					int originX = w.originX(outX);
					for (int outChannel = 0; outChannel < o.outputDepth; outChannel++) {
						int groupOffset = outChannel / filtersPerGroup * filterDepth;
						int accumulator = 0;
						for (int filterY = 0; filterY < filterHeight; filterY++) {
							int inY = originY + w.dilationHeight() * filterY;
							if (inY < 0 || inY >= o.inputHeight) {
								continue;
							}
							for (int filterX = 0; filterX < filterWidth; filterX++) {
								int inX = originX + w.dilationWidth() * filterX;
								if (inX < 0 || inX >= o.inputWidth) {
									continue;
								}
								int inputBase = ((batch * o.inputHeight + inY) * o.inputWidth + inX) * o.inputDepth
										+ groupOffset;
								int filterBase = ((outChannel * filterHeight + filterY) * filterWidth + filterX)
										* filterDepth;
								for (int channel = 0; channel < filterDepth; channel++) {
									accumulator += filter[filterBase + channel]
											* (input[inputBase + channel] + o.inputOffset);
								}
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
