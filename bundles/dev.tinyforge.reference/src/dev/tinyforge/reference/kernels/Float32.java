package dev.tinyforge.reference.kernels;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/** Float32 tensors are kept as their little-endian bytes, like every other tensor. */
final class Float32 {

	private Float32() {
	}

	static FloatBuffer view(byte[] bytes) {
		return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
	}
}
