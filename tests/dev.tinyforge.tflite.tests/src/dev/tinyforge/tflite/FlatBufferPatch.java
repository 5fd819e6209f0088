package dev.tinyforge.tflite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Finds fields of a well-formed FlatBuffer and overwrites them, to break a file in one chosen place. */
final class FlatBufferPatch {

	private final byte[] file;
	private final ByteBuffer bytes;

	FlatBufferPatch(byte[] file) {
		this.file = file;
		this.bytes = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
	}

	byte[] bytes() {
		return file;
	}

	int root() {
		return bytes.getInt(0);
	}

	/** Where the value of field {@code id} of the table at {@code table} is; the field must be present. */
	int field(int table, int id) {
		int vtable = table - bytes.getInt(table);
		int offset = bytes.getShort(vtable + 4 + 2 * id);
		if (offset == 0) {
			throw new IllegalArgumentException("field " + id + " of the table at " + table + " is absent");
		}
		return table + offset;
	}

	/** The position the offset at {@code at} points to. */
	int follow(int at) {
		return at + bytes.getInt(at);
	}

	/** The table that element {@code index} of the vector of tables at {@code vector} points to. */
	int element(int vector, int index) {
		return follow(vector + 4 + 4 * index);
	}

	/** The table at field {@code id} of {@code table}, or the vector there. */
	int child(int table, int id) {
		return follow(field(table, id));
	}

	int getInt(int at) {
		return bytes.getInt(at);
	}

	FlatBufferPatch putInt(int at, int value) {
		bytes.putInt(at, value);
		return this;
	}

	FlatBufferPatch putLong(int at, long value) {
		bytes.putLong(at, value);
		return this;
	}
}
