package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Tensor;

/** Checks of the computed tensors a kernel reads and writes. */
final class Int8Operands {

	private Int8Operands() {
	}

	static void require(LayerContext layer, Tensor... tensors) {
		for (Tensor tensor : tensors) {
			if (tensor.getDataType() != DataType.INT8) {
				throw layer.unsupported("tensor '" + tensor.getName() + "' is " + tensor.getDataType()
						+ "; this kernel handles int8");
			}
		}
	}

	/** The shape of an NHWC tensor of batch 1. */
	static int[] nhwc(LayerContext layer, Tensor tensor) {
		int[] shape = Tensors.shape(tensor);
		if (shape.length != 4 || shape[0] != 1) {
			throw layer.unsupported("tensor '" + tensor.getName() + "' must be NHWC with batch 1");
		}
		return shape;
	}
}
