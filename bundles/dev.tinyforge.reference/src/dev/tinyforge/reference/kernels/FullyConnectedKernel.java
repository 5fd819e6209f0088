package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Tensor;

/**
 * {@code reference_integer_ops::FullyConnected} and {@code FullyConnectedPerChannel}
 * (tensorflow/lite/kernels/internal/reference/integer_ops/fully_connected.h): each row of the flattened input
 * times each weight row, as a convolution would. The two differ only in how the multiplier is computed (see
 * {@link AccumulatorRequantizer}).
 */
final class FullyConnectedKernel implements Kernel {

	private final byte[] weights;
	private final int[] bias;
	private final int batches;
	private final int inputDepth;
	private final int outputDepth;
	private final int inputOffset;
	private final AccumulatorRequantizer requantizer;

	FullyConnectedKernel(FullyConnected op) {
		Operands.requireInputs(op, 2, 3);
		Tensor input = Operands.input(op, 0);
		Tensor weightTensor = Operands.input(op, 1);
		Tensor biasTensor = Operands.optionalInput(op, 2);
		Tensor output = Operands.output(op);
		Operands.requireType(input, DataType.INT8);
		Operands.requireType(output, DataType.INT8);
		int[] weightShape = Operands.shape(weightTensor, 2);
		weights = Operands.constantInt8(weightTensor);
		QuantizationChecks.requireSymmetric(weightTensor);
		outputDepth = weightShape[0];
		inputDepth = weightShape[1];
		int[] outputShape = Tensors.shape(output);
		if (outputShape.length == 0 || outputShape[outputShape.length - 1] != outputDepth) {
			throw new IllegalArgumentException(Operands.describe(output) + " must end in " + outputDepth
					+ " channels, the rows of the weights");
		}
		batches = (int) (Tensors.elementCount(output) / outputDepth);
		if (Tensors.elementCount(input) != (long) batches * inputDepth) {
			throw new IllegalArgumentException(Operands.describe(input) + " has " + Tensors.elementCount(input)
					+ " elements, expected " + batches + " rows of " + inputDepth);
		}
		if (biasTensor == null) {
			bias = new int[outputDepth];
		} else {
			Operands.requireShape(biasTensor, outputDepth);
			bias = Operands.constantInt32(biasTensor);
		}
		inputOffset = -Quantizations.zeroPoint(input);
		requantizer = Quantizations.isPerChannel(weightTensor)
				? AccumulatorRequantizer.perChannel(input, weightTensor, output, op.getActivation(), outputDepth)
				: AccumulatorRequantizer.perTensor(input, weightTensor, output, op.getActivation(), outputDepth);
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		for (int batch = 0; batch < batches; batch++) {
			int inputBase = batch * inputDepth;
			for (int outChannel = 0; outChannel < outputDepth; outChannel++) {
				int weightBase = outChannel * inputDepth;
				int accumulator = 0;
				for (int d = 0; d < inputDepth; d++) {
					accumulator += weights[weightBase + d] * (input[inputBase + d] + inputOffset);
				}
				output[batch * outputDepth + outChannel] = requantizer.requantize(accumulator + bias[outChannel],
						outChannel);
			}
		}
	}
}
