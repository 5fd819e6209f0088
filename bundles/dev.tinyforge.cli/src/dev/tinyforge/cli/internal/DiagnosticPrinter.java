package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.util.List;

import dev.tinyforge.cli.report.Diagnostic;

/** Prints diagnostics as compilers do, {@code file:line:column: error: message}, which editors and CI link. */
final class DiagnosticPrinter {

	private DiagnosticPrinter() {
	}

	static void print(List<Diagnostic> diagnostics, PrintStream out) {
		for (Diagnostic diagnostic : diagnostics) {
			out.println(line(diagnostic));
		}
	}

	static String line(Diagnostic diagnostic) {
		return diagnostic.file() + ":" + diagnostic.line() + ":" + diagnostic.column() + ": "
				+ diagnostic.severity().label() + ": " + diagnostic.message();
	}
}
