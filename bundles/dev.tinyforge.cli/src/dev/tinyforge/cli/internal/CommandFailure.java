package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.util.List;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.cli.report.Diagnostic;

/**
 * Why a command stops before it is done: the lines to print on standard error and how the tool ends. Bad input
 * ends this way, never with a stack trace.
 */
final class CommandFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final ExitStatus status;
	private final List<String> lines;

	private CommandFailure(ExitStatus status, List<String> lines) {
		super(String.join("\n", lines));
		this.status = status;
		this.lines = List.copyOf(lines);
	}

	/** A file named on the command line cannot be used: {@code tinyforge: FILE: reason}, exit 2. */
	static CommandFailure usage(String file, String reason) {
		return new CommandFailure(ExitStatus.USAGE, List.of("tinyforge: " + file + ": " + reason));
	}

	/** The model cannot be used as asked: {@code tinyforge: FILE: reason}, exit 1. */
	static CommandFailure failed(String file, String reason) {
		return new CommandFailure(ExitStatus.FAILED, List.of("tinyforge: " + file + ": " + reason));
	}

	/** What is wrong in a model file, one {@code FILE: problem} line each, exit 1. */
	static CommandFailure problems(String file, List<String> problems) {
		return new CommandFailure(ExitStatus.FAILED, problems.stream().map(problem -> file + ": " + problem).toList());
	}

	/** Errors in a .tinyml file, in the compiler format of {@link DiagnosticPrinter}, exit 1. */
	static CommandFailure diagnostics(List<Diagnostic> diagnostics) {
		return new CommandFailure(ExitStatus.FAILED, diagnostics.stream().map(DiagnosticPrinter::line).toList());
	}

	/** Prints the lines and answers the exit status. */
	ExitStatus report(PrintStream err) {
		lines.forEach(err::println);
		return status;
	}
}
