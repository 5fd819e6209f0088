package dev.tinyforge.reference.kernels;

import java.util.Arrays;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;

/**
 * The two int8 inputs and the output of an element-wise operator, with TFLite's broadcasting (shapes aligned at
 * the last dimension; a dimension of 1 repeats), as {@code BroadcastBinaryOpSimple} applies it.
 */
final class BinaryOperands {

	final Tensor first;
	final Tensor second;
	final Tensor output;
	final int size;
	/** For each output element, the element of the first input it reads; null when the shapes are equal. */
	private final int[] firstSource;
	private final int[] secondSource;

	BinaryOperands(Operator op) {
		Operands.requireInputs(op, 2, 2);
		first = Operands.input(op, 0);
		second = Operands.input(op, 1);
		output = Operands.output(op);
		Operands.requireType(first, DataType.INT8);
		Operands.requireType(second, DataType.INT8);
		Operands.requireType(output, DataType.INT8);
		int[] outputShape = Tensors.shape(output);
		int[] expected = broadcastShape(Tensors.shape(first), Tensors.shape(second));
		if (!Arrays.equals(expected, outputShape)) {
			throw new IllegalArgumentException(Operands.describe(output) + " has shape "
					+ Arrays.toString(outputShape) + ", the inputs broadcast to " + Arrays.toString(expected));
		}
		size = Shapes.elementCount(outputShape);
		firstSource = sources(Tensors.shape(first), outputShape);
		secondSource = sources(Tensors.shape(second), outputShape);
	}

	int firstIndex(int outputIndex) {
		return firstSource == null ? outputIndex : firstSource[outputIndex];
	}

	int secondIndex(int outputIndex) {
		return secondSource == null ? outputIndex : secondSource[outputIndex];
	}

	private static int[] sources(int[] inputShape, int[] outputShape) {
		if (Arrays.equals(inputShape, outputShape)) {
			return null;
		}
		// The stride of each output dimension in the input: zero where the input repeats.
		int rankOffset = outputShape.length - inputShape.length;
		int[] inputStrides = Shapes.strides(inputShape);
		int[] strides = new int[outputShape.length];
		for (int d = 0; d < inputShape.length; d++) {
			strides[d + rankOffset] = inputShape[d] == 1 ? 0 : inputStrides[d];
		}
		int[] sources = new int[Shapes.elementCount(outputShape)];
		int[] index = new int[outputShape.length];
		for (int i = 0; i < sources.length; i++) {
			int source = 0;
			for (int d = 0; d < index.length; d++) {
				source += index[d] * strides[d];
			}
			sources[i] = source;
			Shapes.increment(index, outputShape);
		}
		return sources;
	}

	private static int[] broadcastShape(int[] a, int[] b) {
		int rank = Math.max(a.length, b.length);
		int[] shape = new int[rank];
		for (int d = 0; d < rank; d++) {
			int da = dimensionFromEnd(a, rank - 1 - d);
			int db = dimensionFromEnd(b, rank - 1 - d);
			if (da != db && da != 1 && db != 1) {
				throw new IllegalArgumentException("input shapes " + Arrays.toString(a) + " and "
						+ Arrays.toString(b) + " do not broadcast");
			}
			shape[d] = da == 1 ? db : da;
		}
		return shape;
	}

	private static int dimensionFromEnd(int[] shape, int fromEnd) {
		return fromEnd < shape.length ? shape[shape.length - 1 - fromEnd] : 1;
	}
}
