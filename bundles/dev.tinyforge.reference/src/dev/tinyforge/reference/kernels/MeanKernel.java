package dev.tinyforge.reference.kernels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * TFLM's int8 MEAN: {@code reference_ops::QuantizedMeanOrSum} (tensorflow/lite/kernels/internal/reference/
 * reduce.h), as {@code EvalMeanHelper} (tensorflow/lite/micro/kernels/reduce_common.cc) calls it. Raw values are
 * summed in int32, the input zero point times the count is taken off, and the division by the count is folded
 * into the {@code input_scale / output_scale} multiplier: shifted left by floor(log2(count)) (at most 32, and
 * keeping the shift at least -31), divided by the count with truncation.
 */
final class MeanKernel implements Kernel {

	private final int inputSize;
	private final int outputSize;
	/** For each input dimension, the output stride it moves along; zero for the reduced axes. */
	private final int[] outputStrides;
	private final int[] inputShape;
	private final int zeroPointSum;
	private final int outputZeroPoint;
	private final QuantizedMultiplier multiplier;
	private final int[] sums;

	MeanKernel(Mean op) {
		Operands.Unary operands = Operands.unary(op, DataType.INT8, DataType.INT8);
		Tensor input = operands.input();
		Tensor output = operands.output();
		inputShape = Tensors.shape(input);
		boolean[] reduced = reducedAxes(op.getAxes(), inputShape.length);
		List<Integer> keptShape = new ArrayList<>();
		List<Integer> expectedShape = new ArrayList<>();
		long count = 1;
		for (int d = 0; d < inputShape.length; d++) {
			if (reduced[d]) {
				count *= inputShape[d];
				if (op.isKeepDims()) {
					expectedShape.add(1);
				}
			} else {
				keptShape.add(inputShape[d]);
				expectedShape.add(inputShape[d]);
			}
		}
		Operands.requireShape(output, expectedShape.stream().mapToInt(Integer::intValue).toArray());
		int[] keptStrides = Shapes.strides(keptShape.stream().mapToInt(Integer::intValue).toArray());
		outputStrides = new int[inputShape.length];
		for (int d = 0, kept = 0; d < inputShape.length; d++) {
			outputStrides[d] = reduced[d] ? 0 : keptStrides[kept++];
		}
		inputSize = Shapes.elementCount(inputShape);
		outputSize = (int) Tensors.elementCount(output);
		sums = new int[outputSize];
		zeroPointSum = (int) (Quantizations.zeroPoint(input) * count);
		outputZeroPoint = Quantizations.zeroPoint(output);
		multiplier = meanMultiplier(
				QuantizedMultiplier.of((double) Quantizations.scale(input) / (double) Quantizations.scale(output)),
				count);
	}

	/** TFLite's ResolveAxis: negative axes count from the end, repeated axes count once. */
	private static boolean[] reducedAxes(List<Integer> axes, int rank) {
		boolean[] reduced = new boolean[rank];
		for (int axis : axes) {
			int resolved = axis < 0 ? axis + rank : axis;
			if (resolved < 0 || resolved >= rank) {
				throw new IllegalArgumentException("axis " + axis + " is outside the input's " + rank + " dimensions");
			}
			reduced[resolved] = true;
		}
		return reduced;
	}

	private static QuantizedMultiplier meanMultiplier(QuantizedMultiplier scale, long count) {
		int shift = 63 - Long.numberOfLeadingZeros(count);
		shift = Math.min(shift, 32);
		shift = Math.min(shift, 31 + scale.shift());
		int multiplier = (int) (((long) scale.multiplier() << shift) / count);
		return new QuantizedMultiplier(multiplier, scale.shift() - shift);
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		Arrays.fill(sums, 0);
		int[] index = new int[inputShape.length];
		int outputIndex = 0;
		for (int i = 0; i < inputSize; i++) {
			sums[outputIndex] += input[i];
			// Step the multi-index and follow it in the output, undoing a dimension's strides when it wraps.
			for (int d = index.length - 1; d >= 0; d--) {
				outputIndex += outputStrides[d];
				if (++index[d] < inputShape[d]) {
					break;
				}
				outputIndex -= outputStrides[d] * inputShape[d];
				index[d] = 0;
			}
		}
		for (int i = 0; i < outputSize; i++) {
			int value = multiplier.apply(sums[i] - zeroPointSum) + outputZeroPoint;
			output[i] = (byte) ActivationRange.INT8.clamp(value);
		}
	}
}
