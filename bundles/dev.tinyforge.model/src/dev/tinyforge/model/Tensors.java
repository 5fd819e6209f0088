package dev.tinyforge.model;

import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Tensor;

/** Sizes of IR tensors. */
public final class Tensors {

	private Tensors() {
	}

	public static int elementBytes(DataType type) {
		switch (type) {
		case INT8:
		case UINT8:
		case BOOL:
			return 1;
		case INT16:
			return 2;
		case INT32:
		case FLOAT32:
			return 4;
		case INT64:
			return 8;
		default:
			throw new IllegalArgumentException("no element size for data type " + type);
		}
	}

	public static long elementCount(Tensor tensor) {
		long count = 1;
		for (int dim : tensor.getShape()) {
			count *= dim;
		}
		return count;
	}

	public static long byteSize(Tensor tensor) {
		return elementCount(tensor) * elementBytes(tensor.getDataType());
	}

	public static int[] shape(Tensor tensor) {
		return tensor.getShape().stream().mapToInt(Integer::intValue).toArray();
	}

	/** The shape as firmware engineers write it: without the batch dimension, e.g. {@code 48x48x8}. */
	public static String format(Tensor tensor) {
		StringBuilder text = new StringBuilder();
		int[] shape = shape(tensor);
		for (int i = shape.length > 1 ? 1 : 0; i < shape.length; i++) {
			text.append(text.length() == 0 ? "" : "x").append(shape[i]);
		}
		return text.toString();
	}
}
