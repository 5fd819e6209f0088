package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.ir.Pool2D;

/**
 * {@code reference_integer_ops::MaxPool} (tensorflow/lite/kernels/internal/reference/integer_ops/pooling.h): the
 * largest value of the window's part inside the image, clamped to the activation range.
 */
final class MaxPoolKernel implements Kernel {

	private final PoolOperands operands;

	MaxPoolKernel(Pool2D op) {
		operands = new PoolOperands(op);
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		PoolOperands o = operands;
		Window w = o.window;
		int outputIndex = 0;
		for (int batch = 0; batch < o.batches; batch++) {
			for (int outY = 0; outY < w.outputHeight(); outY++) {
				int originY = w.originY(outY);
				for (int outX = 0; outX < w.outputWidth(); outX++) {
					int originX = w.originX(outX);
					for (int channel = 0; channel < o.depth; channel++) {
						int max = Byte.MIN_VALUE;
						for (int filterY = o.firstRow(originY); filterY < o.endRow(originY); filterY++) {
							for (int filterX = o.firstColumn(originX); filterX < o.endColumn(originX); filterX++) {
								max = Math.max(max,
										input[o.inputIndex(batch, originY + filterY, originX + filterX, channel)]);
							}
						}
						output[outputIndex++] = (byte) o.range.clamp(max);
					}
				}
			}
		}
	}
}
