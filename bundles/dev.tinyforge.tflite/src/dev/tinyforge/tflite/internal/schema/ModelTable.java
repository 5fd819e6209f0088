package dev.tinyforge.tflite.internal.schema;

import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.Field;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;
import dev.tinyforge.tflite.internal.flatbuffer.MalformedFlatBufferException;
import dev.tinyforge.tflite.internal.flatbuffer.TableVector;

/** tflite.Model, the root table: version=0, operator_codes=1, subgraphs=2, description=3, buffers=4. */
public final class ModelTable extends CheckedTable {

	/** The schema version this importer reads (schema.fbs: "This corresponds to the version"). */
	public static final long SCHEMA_VERSION = 3;

	private static final String NAME = "Model";
	private static final String FILE_IDENTIFIER = "TFL3";
	/** The root offset, then the file identifier. */
	private static final int HEADER_SIZE = 8;

	private static final Field VERSION = new Field(NAME, "version", 0);
	private static final Field OPERATOR_CODES = new Field(NAME, "operator_codes", 1);
	private static final Field SUBGRAPHS = new Field(NAME, "subgraphs", 2);
	private static final Field BUFFERS = new Field(NAME, "buffers", 4);

	private ModelTable(FlatBuffer file, int position) {
		super(file, position, NAME);
	}

	/** The model at the root of the file, after checking the file identifier. */
	public static ModelTable root(FlatBuffer file) {
		if (file.length() < HEADER_SIZE) {
			throw new MalformedFlatBufferException(0,
					"the file has " + file.length() + " bytes, too few for a FlatBuffer header (" + HEADER_SIZE + ")");
		}
		if (!hasIdentifier(file, FILE_IDENTIFIER)) {
			throw new MalformedFlatBufferException(4,
					"the file identifier is not \"" + FILE_IDENTIFIER + "\": this is not a TFLite model");
		}
		return new ModelTable(file, file.rootPosition());
	}

	public long version() {
		return uintField(VERSION);
	}

	public TableVector operatorCodes() {
		return tableVector(OPERATOR_CODES);
	}

	public TableVector subgraphs() {
		return tableVector(SUBGRAPHS);
	}

	public TableVector buffers() {
		return tableVector(BUFFERS);
	}
}
