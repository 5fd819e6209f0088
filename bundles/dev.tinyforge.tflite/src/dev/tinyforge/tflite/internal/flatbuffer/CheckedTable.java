package dev.tinyforge.tflite.internal.flatbuffer;

import com.google.flatbuffers.Table;

/**
 * Base of the schema accessors: a FlatBuffers {@link Table} whose vtable, fields and referenced vectors are
 * checked against the file before they are read. The FlatBuffers runtime trusts its input; this class
 * checks the table's position, vtable and inline size once, so that the runtime's vtable lookup
 * ({@link #__offset(int)}) stays inside the file, and checks each field's value and each offset it follows.
 * <p>
 * An absent table (position {@link #ABSENT}) answers every field with the schema default, as FlatBuffers
 * does for an absent field, so options tables that a file leaves out need no special case.
 */
public abstract class CheckedTable extends Table {

	/** The position of a table that is not in the file. */
	public static final int ABSENT = -1;

	/** {@link Table} reads the vtable size as a signed 16-bit value. */
	private static final int MAX_VTABLE_SIZE = Short.MAX_VALUE;
	private static final int OFFSET_SIZE = 4;

	private final FlatBuffer file;
	private final String name;
	private final int inlineSize;

	protected CheckedTable(FlatBuffer file, int position, String name) {
		this.file = file;
		this.name = name;
		if (position == ABSENT) {
			inlineSize = 0;
			return;
		}
		long vtable = (long) position - file.int32(position, name);
		if (vtable < 0 || vtable + 4 > file.length()) {
			throw new MalformedFlatBufferException(position,
					name + ": its vtable at byte " + vtable + " lies outside the file (" + file.length() + " bytes)");
		}
		int vtableSize = file.uint16(vtable, name);
		if (vtableSize < 4 || vtableSize % 2 != 0 || vtableSize > MAX_VTABLE_SIZE
				|| vtable + vtableSize > file.length()) {
			throw new MalformedFlatBufferException((int) vtable, name + ": vtable size " + vtableSize
					+ " is not an even number of bytes from 4 to " + MAX_VTABLE_SIZE + " inside the file");
		}
		int size = file.uint16(vtable + 2, name);
		if (size < OFFSET_SIZE || (long) position + size > file.length()) {
			throw new MalformedFlatBufferException((int) vtable,
					name + ": table of " + size + " bytes at byte " + position + " does not fit in the file");
		}
		inlineSize = size;
		__reset(position, file.byteBuffer());
	}

	/** Whether the file carries {@code identifier} after its root offset; needs a file of at least 8 bytes. */
	protected static boolean hasIdentifier(FlatBuffer file, String identifier) {
		return __has_identifier(file.byteBuffer(), identifier);
	}

	protected final FlatBuffer file() {
		return file;
	}

	/** The byte where the table starts, for messages; {@link #ABSENT} if it is not in the file. */
	public final int position() {
		return inlineSize == 0 ? ABSENT : bb_pos;
	}

	protected final byte byteField(Field field, byte defaultValue) {
		int at = valuePosition(field, 1);
		return at == 0 ? defaultValue : bb.get(at);
	}

	protected final boolean boolField(Field field, boolean defaultValue) {
		int at = valuePosition(field, 1);
		return at == 0 ? defaultValue : bb.get(at) != 0;
	}

	protected final int intField(Field field, int defaultValue) {
		int at = valuePosition(field, 4);
		return at == 0 ? defaultValue : bb.getInt(at);
	}

	/** An unsigned 32-bit field (FlatBuffers {@code uint}), 0 if absent. */
	protected final long uintField(Field field) {
		return Integer.toUnsignedLong(intField(field, 0));
	}

	/** A 64-bit field; an unsigned one ({@code ulong}) above {@link Long#MAX_VALUE} reads as negative. */
	protected final long longField(Field field, long defaultValue) {
		int at = valuePosition(field, 8);
		return at == 0 ? defaultValue : bb.getLong(at);
	}

	protected final float floatField(Field field, float defaultValue) {
		int at = valuePosition(field, 4);
		return at == 0 ? defaultValue : bb.getFloat(at);
	}

	/** The position of the table the field refers to, or {@link #ABSENT}. */
	protected final int tableField(Field field) {
		int at = valuePosition(field, OFFSET_SIZE);
		return at == 0 ? ABSENT : file.follow(at, field);
	}

	/** The string, or null if absent. */
	protected final String stringField(Field field) {
		Span bytes = vector(field, 1);
		return bytes == null ? null : file.utf8(bytes);
	}

	protected final int[] intVector(Field field) {
		Span span = vector(field, 4);
		if (span == null) {
			return new int[0];
		}
		file.charge(span.count(), span.start());
		int[] values = new int[span.count()];
		for (int i = 0; i < values.length; i++) {
			values[i] = bb.getInt(span.start() + 4 * i);
		}
		return values;
	}

	protected final long[] longVector(Field field) {
		Span span = vector(field, 8);
		if (span == null) {
			return new long[0];
		}
		file.charge(span.count(), span.start());
		long[] values = new long[span.count()];
		for (int i = 0; i < values.length; i++) {
			values[i] = bb.getLong(span.start() + 8 * i);
		}
		return values;
	}

	protected final float[] floatVector(Field field) {
		Span span = vector(field, 4);
		if (span == null) {
			return new float[0];
		}
		file.charge(span.count(), span.start());
		float[] values = new float[span.count()];
		for (int i = 0; i < values.length; i++) {
			values[i] = bb.getFloat(span.start() + 4 * i);
		}
		return values;
	}

	/** The bytes of a {@code [ubyte]} field, not copied; empty if absent. */
	protected final Span byteVector(Field field) {
		Span span = vector(field, 1);
		return span == null ? Span.EMPTY : span;
	}

	/** A vector of tables; its elements are resolved one by one, so one bad element spoils only itself. */
	protected final TableVector tableVector(Field field) {
		Span span = vector(field, OFFSET_SIZE);
		return new TableVector(file, span == null ? Span.EMPTY : span, field);
	}

	/** The vector's elements, checked to lie inside the file; null if the field is absent. */
	private Span vector(Field field, int elementSize) {
		int at = valuePosition(field, OFFSET_SIZE);
		if (at == 0) {
			return null;
		}
		int vector = file.follow(at, field);
		long count = file.uint32(vector, field);
		if (vector + 4 + count * elementSize > file.length()) {
			throw new MalformedFlatBufferException(vector, field + ": vector of " + count + " elements of "
					+ elementSize + " bytes runs past the end of the file (" + file.length() + " bytes)");
		}
		return new Span(vector + 4, (int) count);
	}

	/** Where the field's value starts, or 0 if it is absent; checks that it lies inside the table. */
	private int valuePosition(Field field, int width) {
		if (inlineSize == 0) {
			return 0;
		}
		int offset = __offset(field.vtableOffset()) & 0xFFFF;
		if (offset == 0) {
			return 0;
		}
		if (offset < OFFSET_SIZE || offset + width > inlineSize) {
			throw new MalformedFlatBufferException(bb_pos, field + ": value at offset " + offset
					+ " does not fit in its " + name + " table of " + inlineSize + " bytes");
		}
		return bb_pos + offset;
	}
}
