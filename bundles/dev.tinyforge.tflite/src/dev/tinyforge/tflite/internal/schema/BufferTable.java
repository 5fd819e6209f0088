package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;
import dev.tinyforge.tflite.internal.flatbuffer.MalformedFlatBufferException;
import dev.tinyforge.tflite.internal.flatbuffer.Span;

/** tflite.Buffer: data=0, offset=1, size=2. */
public final class BufferTable extends CheckedTable {

	private static final String NAME = "Buffer";
	private static final Field DATA = new Field(NAME, "data", 0);
	private static final Field OFFSET = new Field(NAME, "offset", 1);
	private static final Field SIZE = new Field(NAME, "size", 2);

	/** schema.fbs: the offset "is only valid if > 1". */
	private static final long FIRST_VALID_OFFSET = 2;

	public BufferTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	/**
	 * The buffer's bytes: inside the FlatBuffer, or, in files written for models over 2 GB, after it at
	 * {@code offset} (counted from the start of the file) with {@code size} bytes.
	 */
	public Span data() {
		Span inline = byteVector(DATA);
		long offset = longField(OFFSET, 0);
		if (!inline.isEmpty() || Long.compareUnsigned(offset, FIRST_VALID_OFFSET) < 0) {
			return inline;
		}
		long size = longField(SIZE, 0);
		if (offset < 0 || size < 0 || offset > file().length() - size) {
			throw new MalformedFlatBufferException(position(), "Buffer.offset " + Long.toUnsignedString(offset)
					+ " and Buffer.size " + Long.toUnsignedString(size) + " lie outside the file (" + file().length()
					+ " bytes)");
		}
		return new Span((int) offset, (int) size);
	}
}
