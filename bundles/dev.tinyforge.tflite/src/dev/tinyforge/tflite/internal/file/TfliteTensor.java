package dev.tinyforge.tflite.internal.file;

import dev.tinyforge.tflite.internal.schema.TensorType;

/**
 * One tensor of subgraph 0.
 *
 * @param name the file's name, or {@code tensor<index>} if the file gives none
 * @param type a schema TensorType code
 * @param buffer index into the model's buffers (unsigned in the file)
 */
public record TfliteTensor(int index, String name, int[] shape, byte type, long buffer,
		TfliteQuantization quantization, boolean variable, boolean sparse) {

	public String typeName() {
		return TensorType.name(type);
	}

	/** See {@link Shapes#elementCount(int[])}; dimensions are checked not to be negative before it is used. */
	public long elementCount() {
		return Shapes.elementCount(shape);
	}
}
