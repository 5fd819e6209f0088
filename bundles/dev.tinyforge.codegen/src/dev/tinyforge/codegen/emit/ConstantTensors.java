package dev.tinyforge.codegen.emit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Tensor;

/** Reads constant tensors (weights, biases), checked, for layers to bake into Flash. */
final class ConstantTensors {

	private ConstantTensors() {
	}

	static byte[] int8(LayerContext layer, Tensor tensor) {
		return data(layer, tensor, DataType.INT8);
	}

	/** An int32 tensor's values, or zeros for an absent (optional) one. */
	static int[] int32(LayerContext layer, Tensor tensor, int count) {
		if (tensor == null) {
			return new int[count];
		}
		byte[] data = data(layer, tensor, DataType.INT32);
		if (data.length != 4 * count) {
			throw layer.unsupported("tensor '" + tensor.getName() + "' has " + data.length / 4 + " values, expected "
					+ count);
		}
		int[] values = new int[count];
		ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
		return values;
	}

	private static byte[] data(LayerContext layer, Tensor tensor, DataType type) {
		if (!tensor.isConstant() || tensor.getData() == null) {
			throw layer.unsupported("tensor '" + tensor.getName() + "' must be a constant with data");
		}
		if (tensor.getDataType() != type || tensor.getData().length != Tensors.byteSize(tensor)) {
			throw layer.unsupported("tensor '" + tensor.getName() + "' must be " + type);
		}
		return tensor.getData();
	}
}
