package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Reshape;
import dev.tinyforge.model.ir.Tensor;

/** RESHAPE (and transposes that move no data): the same bytes under the output's shape. */
final class ReshapeKernel implements Kernel {

	ReshapeKernel(Reshape op) {
		Operands.requireInputs(op, 1, 1);
		Tensor input = Operands.input(op, 0);
		Tensor output = Operands.output(op);
		Operands.requireType(output, input.getDataType());
		if (Tensors.byteSize(input) != Tensors.byteSize(output)) {
			throw new IllegalArgumentException(Operands.describe(input) + " has " + Tensors.byteSize(input)
					+ " bytes but " + Operands.describe(output) + " has " + Tensors.byteSize(output));
		}
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		System.arraycopy(inputs[0], 0, outputs[0], 0, inputs[0].length);
	}
}
