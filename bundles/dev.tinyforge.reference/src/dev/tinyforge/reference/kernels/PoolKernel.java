package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.ir.Pool2D;

/**
 * The window walk of TFLite's int8 pooling kernels (tensorflow/lite/kernels/internal/reference/integer_ops/
 * pooling.h): for every output, fold the taps of the window's part inside the image (padding takes no part),
 * then finish the fold with the number of those taps and clamp it to the activation range.
 */
abstract class PoolKernel implements Kernel {

	private final PoolOperands operands;

	PoolKernel(Pool2D op) {
		operands = new PoolOperands(op);
	}

	/** The fold's start value. */
	abstract int initial();

	abstract int fold(int accumulated, int tap);

	/** The output value, before clamping, of a fold over {@code count} taps. */
	abstract int finish(int accumulated, int count);

	@Override
	public final void run(byte[][] inputs, byte[][] outputs) {
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
						int accumulated = initial();
						for (int filterY = firstRow; filterY < endRow; filterY++) {
							for (int filterX = firstColumn; filterX < endColumn; filterX++) {
								accumulated = fold(accumulated,
										input[o.inputIndex(batch, originY + filterY, originX + filterX, channel)]);
							}
						}
						output[outputIndex++] = (byte) o.range.clamp(finish(accumulated, count));
					}
				}
			}
		}
	}
}
