package dev.tinyforge.cli.report;

import java.util.Locale;

/**
 * An issue in a file, located as compilers do.
 *
 * @param file the file as the user named it
 * @param line 1-based
 * @param column 1-based
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public enum Severity {
		ERROR, WARNING, INFO;

		/** The lower-case word printed before the message, also used in JSON. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
