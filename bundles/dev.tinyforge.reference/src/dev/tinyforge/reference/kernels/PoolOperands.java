package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;

/**
 * What average and max pooling share: int8 NHWC input and output of the same depth, the window and the
 * activation range. Pooling does not rescale: TFLite assumes input and output share their quantization.
 */
final class PoolOperands {

	final int batches;
	final int inputHeight;
	final int inputWidth;
	final int depth;
	final Window window;
	final ActivationRange range;

	PoolOperands(Pool2D op) {
		Operands.Unary operands = Operands.unary(op, DataType.INT8, DataType.INT8);
		Tensor input = operands.input();
		Tensor output = operands.output();
		int[] inputShape = Operands.shape(input, 4);
		batches = inputShape[0];
		inputHeight = inputShape[1];
		inputWidth = inputShape[2];
		depth = inputShape[3];
		if (op.getFilterH() < 1 || op.getFilterW() < 1) {
			throw new IllegalArgumentException("pooling filter sizes must be positive");
		}
		window = Window.of(op, inputHeight, inputWidth, op.getFilterH(), op.getFilterW(), 1, 1);
		Operands.requireShape(output, batches, window.outputHeight(), window.outputWidth(), depth);
		range = ActivationRange.of(op.getActivation(), Quantizations.scale(output), Quantizations.zeroPoint(output));
	}

	/** The first filter row inside the image for a window starting at input row {@code originY}. */
	int firstRow(int originY) {
		return Math.max(0, -originY);
	}

	/** One past the last filter row inside the image. */
	int endRow(int originY) {
		return Math.min(window.filterHeight(), inputHeight - originY);
	}

	int firstColumn(int originX) {
		return Math.max(0, -originX);
	}

	int endColumn(int originX) {
		return Math.min(window.filterWidth(), inputWidth - originX);
	}

	int inputIndex(int batch, int y, int x, int channel) {
		return ((batch * inputHeight + y) * inputWidth + x) * depth + channel;
	}
}
