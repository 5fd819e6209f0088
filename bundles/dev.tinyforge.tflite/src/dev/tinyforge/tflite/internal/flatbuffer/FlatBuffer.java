package dev.tinyforge.tflite.internal.flatbuffer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of one FlatBuffer, read with bounds checks, and a work budget. Offsets in a corrupted file can
 * make many tables share one long vector or one large buffer, so that reading every table would cost the
 * file size squared; every element read and every byte copied is charged, and a file that needs more than a
 * small multiple of its own size is rejected instead of hanging or running out of memory.
 */
public final class FlatBuffer {

	/** A well-formed file reads each element about once; sixteen times leaves room for shared data. */
	private static final long WORK_PER_BYTE = 16;
	private static final long BASE_WORK = 1 << 16;

	private final byte[] bytes;
	private final ByteBuffer buffer;
	private long workLeft;

	/** Reads {@code bytes} in place: they must not change while the file is decoded. */
	public FlatBuffer(byte[] bytes) {
		this.bytes = bytes;
		this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		this.workLeft = WORK_PER_BYTE * bytes.length + BASE_WORK;
	}

	public int length() {
		return bytes.length;
	}

	/** The little-endian view that {@link CheckedTable} hands to the FlatBuffers runtime. */
	ByteBuffer byteBuffer() {
		return buffer;
	}

	/** A copy of the bytes of {@code span}, charged to the budget. */
	public byte[] copy(Span span) {
		charge(span.count(), span.start());
		byte[] copy = new byte[span.count()];
		System.arraycopy(bytes, span.start(), copy, 0, span.count());
		return copy;
	}

	/** The position of the root table, which the offset at byte 0 points to. */
	public int rootPosition() {
		return follow(0, "root offset");
	}

	/**
	 * Resolves the offset stored at {@code at} (FlatBuffers offsets count from their own position); {@code what}
	 * names it in the message if it points outside the file, and is only turned into text then.
	 */
	int follow(int at, Object what) {
		long target = at + uint32(at, what);
		if (target + 4 > bytes.length) {
			throw new MalformedFlatBufferException(at,
					what + ": offset points to byte " + target + ", past the end of the file (" + bytes.length + " bytes)");
		}
		return (int) target;
	}

	/** Decodes UTF-8 leniently: a name with broken characters is still a usable name. */
	String utf8(Span span) {
		charge(span.count(), span.start());
		return new String(bytes, span.start(), span.count(), StandardCharsets.UTF_8);
	}

	int int32(long position, Object what) {
		require(position, 4, what);
		return buffer.getInt((int) position);
	}

	long uint32(long position, Object what) {
		return Integer.toUnsignedLong(int32(position, what));
	}

	int uint16(long position, Object what) {
		require(position, 2, what);
		return Short.toUnsignedInt(buffer.getShort((int) position));
	}

	/** Whether the work budget is spent: every further read fails, so decoding should stop. */
	public boolean isExhausted() {
		return workLeft < 0;
	}

	void charge(long units, int position) {
		workLeft -= units;
		if (workLeft < 0) {
			throw new MalformedFlatBufferException(position, "the file's offsets lead back to the same data over and"
					+ " over: decoding it would read more than " + WORK_PER_BYTE + " times its size");
		}
	}

	private void require(long position, int size, Object what) {
		if (position < 0 || position + size > bytes.length) {
			throw new MalformedFlatBufferException((int) Math.max(0, Math.min(position, bytes.length)),
					what + ": byte " + position + " lies outside the file (" + bytes.length + " bytes)");
		}
	}
}
