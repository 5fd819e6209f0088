package dev.tinyforge.cli.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.StringJoiner;

import dev.tinyforge.model.ir.Tensor;

/** A tensor's values on one line, apart by spaces: int8 as numbers from -128 to 127, float32 as Java floats. */
final class TensorText {

	private TensorText() {
	}

	/**
	 * @param bytes the tensor's raw bytes, as the reference interpreter holds them (float32 little-endian)
	 * @throws IllegalArgumentException for a type the interpreter does not compute
	 */
	static String line(Tensor tensor, byte[] bytes) {
		StringJoiner line = new StringJoiner(" ");
		switch (tensor.getDataType()) {
		case INT8:
			for (byte value : bytes) {
				line.add(Byte.toString(value));
			}
			break;
		case FLOAT32:
			ByteBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
			while (floats.hasRemaining()) {
				line.add(Float.toString(floats.getFloat()));
			}
			break;
		default:
			throw new IllegalArgumentException("tensor '" + tensor.getName() + "' is " + tensor.getDataType()
					+ "; only int8 and float32 tensors are printed");
		}
		return line.toString();
	}
}
