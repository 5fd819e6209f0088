package dev.tinyforge.cli.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * One indented JSON document written to a string, as the report writers produce them, and the fields every
 * report starts with.
 */
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

	/**
	 * Opens the report's object and writes the fields all reports share: the format version, the file, whether it
	 * passed and its diagnostics. The caller writes the rest and closes the object.
	 */
	static void beginReport(JsonWriter json, int formatVersion, String file, boolean passed,
			List<Diagnostic> diagnostics) throws IOException {
		json.beginObject();
		json.name("formatVersion").value(formatVersion);
		json.name("file").value(file);
		json.name("passed").value(passed);
		json.name("diagnostics").beginArray();
		for (Diagnostic diagnostic : diagnostics) {
			json.beginObject();
			json.name("severity").value(diagnostic.severity().label());
			json.name("file").value(diagnostic.file());
			json.name("line").value(diagnostic.line());
			json.name("column").value(diagnostic.column());
			json.name("message").value(diagnostic.message());
			json.endObject();
		}
		json.endArray();
	}
}
