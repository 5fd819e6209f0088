package dev.tinyforge.tflite.internal.flatbuffer;

/**
 * A structural fault at a byte of the file: an offset, vtable or vector that does not fit. Unchecked because
 * it unwinds from deep inside an accessor to the loop that reads one element; without a stack trace because
 * corrupted files are an expected input, not a bug.
 */
public final class MalformedFlatBufferException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int offset;

	public MalformedFlatBufferException(int offset, String message) {
		super(message, null, false, false);
		this.offset = offset;
	}

	/** The byte of the file where the fault was found. */
	public int offset() {
		return offset;
	}
}
