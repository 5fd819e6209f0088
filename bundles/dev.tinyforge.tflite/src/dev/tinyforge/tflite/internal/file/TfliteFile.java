package dev.tinyforge.tflite.internal.file;

import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;
import dev.tinyforge.tflite.internal.flatbuffer.Span;

/**
 * A decoded .tflite file: the model's operator codes and buffers and its subgraph 0. Array entries are null
 * where the element could not be read (a problem says why); indices are not checked here but by the checks.
 */
public record TfliteFile(FlatBuffer bytes, int subgraphCount, TfliteOperatorCode[] operatorCodes, Span[] buffers,
		TfliteTensor[] tensors, int[] inputs, int[] outputs, TfliteOperator[] operators) {

	/** The tensor, or null if the index is out of range or the tensor could not be read. */
	public TfliteTensor tensor(int index) {
		return index >= 0 && index < tensors.length ? tensors[index] : null;
	}

	/** The operator's code, or null if its opcode index is out of range or the code could not be read. */
	public TfliteOperatorCode operatorCode(TfliteOperator operator) {
		long index = operator.opcodeIndex();
		return index < operatorCodes.length ? operatorCodes[(int) index] : null;
	}

	/** The tensor's data; empty for tensors without data and for buffer indices that are out of range. */
	public Span data(TfliteTensor tensor) {
		long index = tensor.buffer();
		Span data = index < buffers.length ? buffers[(int) index] : null;
		return data == null ? Span.EMPTY : data;
	}

	/** Whether the tensor and its buffer could be read, so that whether it is a constant is known. */
	public boolean isKnown(int index) {
		TfliteTensor tensor = tensor(index);
		return tensor != null && tensor.buffer() < buffers.length && buffers[(int) tensor.buffer()] != null;
	}

	/** Whether the tensor has data; false for unreadable tensors and out-of-range indices. */
	public boolean isConstant(int index) {
		TfliteTensor tensor = tensor(index);
		return tensor != null && !data(tensor).isEmpty();
	}
}
