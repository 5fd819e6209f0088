package dev.tinyforge.cli.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.google.gson.stream.JsonWriter;

/** One indented JSON document written to a string, as the report writers produce them. */
final class JsonDocuments {

	/** Writes the document's content. */
	interface Content {
		void write(JsonWriter json) throws IOException;
	}

	private JsonDocuments() {
	}

	/** The document, without a trailing newline. */
	static String of(Content content) {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			content.write(json);
		} catch (IOException e) {
			throw new UncheckedIOException("a StringWriter does not fail", e);
		}
		return text.toString();
	}
}
