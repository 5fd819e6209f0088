package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.ir.Pool2D;

/**
 * {@code reference_integer_ops::AveragePool} (tensorflow/lite/kernels/internal/reference/integer_ops/pooling.h):
 * the sum over the window's part inside the image, divided by the number of those taps, rounding halves away
 * from zero; padding counts neither in the sum nor in the divisor.
 */
final class AveragePoolKernel implements Kernel {

	private final PoolOperands operands;

	AveragePoolKernel(Pool2D op) {
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
				int firstRow = o.firstRow(originY);
				int endRow = o.endRow(originY);
				for (int outX = 0; outX < w.outputWidth(); outX++) {
					int originX = w.originX(outX);
					int firstColumn = o.firstColumn(originX);
					int endColumn = o.endColumn(originX);
					int count = (endRow - firstRow) * (endColumn - firstColumn);
					for (int channel = 0; channel < o.depth; channel++) {
						int sum = 0;
						for (int filterY = firstRow; filterY < endRow; filterY++) {
							for (int filterX = firstColumn; filterX < endColumn; filterX++) {
								sum += input[o.inputIndex(batch, originY + filterY, originX + filterX, channel)];
							}
						}
						// C++ division truncates toward zero, as Java's does.
						int average = sum > 0 ? (sum + count / 2) / count : (sum - count / 2) / count;
						output[outputIndex++] = (byte) o.range.clamp(average);
					}
				}
			}
		}
	}
}
