package dev.tinyforge.tflite.internal.flatbuffer;

/** A vector of tables: a count and one offset per element, each resolved and checked on demand. */
public final class TableVector {

	private final FlatBuffer file;
	private final Span offsets;
	private final Field field;

	TableVector(FlatBuffer file, Span offsets, Field field) {
		this.file = file;
		this.offsets = offsets;
		this.field = field;
	}

	public int size() {
		return offsets.count();
	}

	/** The position of element {@code index}'s table; the table itself is checked when it is constructed. */
	public int tablePosition(int index) {
		file.charge(1, offsets.start());
		return file.follow(offsets.start() + 4 * index, new Element(field, index));
	}

	/** Names an element in messages. */
	private record Element(Field vector, int index) {

		@Override
		public String toString() {
			return vector + "[" + index + "]";
		}
	}
}
