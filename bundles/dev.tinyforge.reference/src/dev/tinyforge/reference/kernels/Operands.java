package dev.tinyforge.reference.kernels;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;

/**
 * Checks an operator's tensors while a kernel is prepared. Failures are {@link IllegalArgumentException}s that
 * name the tensor; the interpreter adds the operator.
 */
final class Operands {

	private Operands() {
	}

	static void requireInputs(Operator op, int min, int max) {
		int count = op.getInputs().size();
		if (count < min || count > max) {
			throw new IllegalArgumentException(min == max ? "expects " + min + " inputs, has " + count
					: "expects " + min + " to " + max + " inputs, has " + count);
		}
	}

	/** The single output of an operator. */
	static Tensor output(Operator op) {
		if (op.getOutputs().size() != 1) {
			throw new IllegalArgumentException("expects 1 output, has " + op.getOutputs().size());
		}
		return op.getOutputs().get(0);
	}

	/** The tensors of an operator with one input and one output. */
	record Unary(Tensor input, Tensor output) {
	}

	/** Checks that an operator has one input and one output, of the given data types. */
	static Unary unary(Operator op, DataType inputType, DataType outputType) {
		requireInputs(op, 1, 1);
		Unary unary = new Unary(input(op, 0), output(op));
		requireType(unary.input(), inputType);
		requireType(unary.output(), outputType);
		return unary;
	}

	static Tensor input(Operator op, int index) {
		return op.getInputs().get(index);
	}

	static Tensor optionalInput(Operator op, int index) {
		return index < op.getInputs().size() ? op.getInputs().get(index) : null;
	}

	static void requireType(Tensor tensor, DataType type) {
		if (tensor.getDataType() != type) {
			throw new IllegalArgumentException(
					describe(tensor) + " is " + tensor.getDataType() + ", expected " + type);
		}
	}

	/** The shape, checked to have the given rank. */
	static int[] shape(Tensor tensor, int rank) {
		int[] shape = Tensors.shape(tensor);
		if (shape.length != rank) {
			throw new IllegalArgumentException(describe(tensor) + " has shape " + Arrays.toString(shape)
					+ ", expected rank " + rank);
		}
		return shape;
	}

	static void requireShape(Tensor tensor, int... expected) {
		int[] shape = Tensors.shape(tensor);
		if (!Arrays.equals(shape, expected)) {
			throw new IllegalArgumentException(describe(tensor) + " has shape " + Arrays.toString(shape)
					+ ", expected " + Arrays.toString(expected));
		}
	}

	static void requireSameElementCount(Tensor tensor, Tensor other) {
		if (Tensors.elementCount(tensor) != Tensors.elementCount(other)) {
			throw new IllegalArgumentException(describe(tensor) + " has " + Tensors.elementCount(tensor)
					+ " elements but " + describe(other) + " has " + Tensors.elementCount(other));
		}
	}

	/** The payload of a constant int8 tensor. */
	static byte[] constantInt8(Tensor tensor) {
		requireType(tensor, DataType.INT8);
		return constantData(tensor);
	}

	/** The payload of a constant int32 tensor, decoded from little-endian. */
	static int[] constantInt32(Tensor tensor) {
		requireType(tensor, DataType.INT32);
		int[] values = new int[(int) Tensors.elementCount(tensor)];
		ByteBuffer.wrap(constantData(tensor)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
		return values;
	}

	private static byte[] constantData(Tensor tensor) {
		if (!tensor.isConstant()) {
			throw new IllegalArgumentException(describe(tensor) + " must be constant");
		}
		if (tensor.getData() == null || tensor.getData().length != Tensors.byteSize(tensor)) {
			throw new IllegalArgumentException(describe(tensor) + " needs " + Tensors.byteSize(tensor)
					+ " bytes of data, has " + (tensor.getData() == null ? "none" : tensor.getData().length));
		}
		return tensor.getData();
	}

	static String describe(Tensor tensor) {
		return "tensor '" + tensor.getName() + "'";
	}
}
