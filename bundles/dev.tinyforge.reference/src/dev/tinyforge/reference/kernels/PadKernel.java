package dev.tinyforge.reference.kernels;

import java.util.Arrays;
import java.util.List;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Tensor;

/**
 * {@code reference_ops::Pad} (tensorflow/lite/kernels/internal/reference/pad.h) for int8, as TFLM's PAD calls it
 * without a constant-values input: the padding holds the output zero point, i.e. real zero.
 */
final class PadKernel implements Kernel {

	private final int[] inputShape;
	private final int[] outputStrides;
	private final int[] before;
	private final byte padValue;

	PadKernel(Pad op) {
		Operands.Unary operands = Operands.unary(op, DataType.INT8, DataType.INT8);
		Tensor input = operands.input();
		Tensor output = operands.output();
		inputShape = Tensors.shape(input);
		List<Integer> paddings = op.getPaddings();
		if (paddings.size() != 2 * inputShape.length) {
			throw new IllegalArgumentException("expects 2 paddings per input dimension (" + 2 * inputShape.length
					+ "), has " + paddings.size());
		}
		before = new int[inputShape.length];
		int[] outputShape = new int[inputShape.length];
		for (int d = 0; d < inputShape.length; d++) {
			before[d] = paddings.get(2 * d);
			int after = paddings.get(2 * d + 1);
			if (before[d] < 0 || after < 0) {
				throw new IllegalArgumentException("paddings must not be negative: " + paddings);
			}
			outputShape[d] = before[d] + inputShape[d] + after;
		}
		Operands.requireShape(output, outputShape);
		outputStrides = Shapes.strides(outputShape);
		padValue = (byte) Quantizations.zeroPoint(output);
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		Arrays.fill(output, padValue);
		if (inputShape.length == 0) {
			output[0] = input[0];
			return;
		}
		// Copy the input one innermost row at a time to its place inside the padding.
		int last = inputShape.length - 1;
		int rowLength = inputShape[last];
		int[] rowsShape = Arrays.copyOf(inputShape, last);
		int[] row = new int[last];
		for (int source = 0; source < input.length; source += rowLength) {
			int target = before[last];
			for (int d = 0; d < last; d++) {
				target += (row[d] + before[d]) * outputStrides[d];
			}
			System.arraycopy(input, source, output, target, rowLength);
			Shapes.increment(row, rowsShape);
		}
	}
}
