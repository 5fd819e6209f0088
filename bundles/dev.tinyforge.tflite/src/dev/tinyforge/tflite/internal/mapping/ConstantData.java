package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.tflite.internal.file.Places;
import dev.tinyforge.tflite.internal.file.Problems;
import dev.tinyforge.tflite.internal.file.TfliteFile;
import dev.tinyforge.tflite.internal.file.TfliteTensor;
import dev.tinyforge.tflite.internal.flatbuffer.Span;

/** Copies a constant tensor's bytes out of the file after checking that they are exactly what its shape needs. */
final class ConstantData {

	private ConstantData() {
	}

	/** The copied bytes, or null if the tensor has none or their size is wrong (reported). */
	static byte[] copy(TfliteFile file, TfliteTensor tensor, DataType type, Problems problems) {
		Span data = file.data(tensor);
		if (data.isEmpty()) {
			return null;
		}
		long needed = tensor.elementCount() * Tensors.elementBytes(type);
		if (data.count() != needed) {
			problems.add(Places.tensor(file, tensor.index()), "has " + data.count() + " bytes of data, but "
					+ type + " shape " + Places.values(tensor.shape()) + " needs " + needed);
			return null;
		}
		return file.bytes().copy(data);
	}
}
