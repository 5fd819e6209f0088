package dev.tinyforge.tflite.internal.flatbuffer;

/** A field of a schema table, by the id the schema gives it (its position in the table declaration). */
public record Field(String table, String name, int id) {

	/** A vtable starts with its own size and the table's size, two 16-bit values, then one 16-bit slot per id. */
	int vtableOffset() {
		return 4 + 2 * id;
	}

	@Override
	public String toString() {
		return table + "." + name;
	}
}
