package dev.tinyforge.cli.report;

import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

/** The issues Xtext's validator gives as {@link Diagnostic}s, in the order of the file. */
public final class IssueDiagnostics {

	private static final Comparator<Diagnostic> BY_POSITION = Comparator.comparingInt(Diagnostic::line)
			.thenComparingInt(Diagnostic::column);

	private IssueDiagnostics() {
	}

	/** @param file the file as the user named it */
	public static List<Diagnostic> of(String file, List<Issue> issues) {
		return issues.stream().filter(issue -> issue.getSeverity() != org.eclipse.xtext.diagnostics.Severity.IGNORE)
				.map(issue -> diagnostic(file, issue)).sorted(BY_POSITION).toList();
	}

	private static Diagnostic diagnostic(String file, Issue issue) {
		return new Diagnostic(severity(issue.getSeverity()), file, positionOrFirst(issue.getLineNumber()),
				positionOrFirst(issue.getColumn()), issue.getMessage());
	}

	private static Diagnostic.Severity severity(org.eclipse.xtext.diagnostics.Severity severity) {
		switch (severity) {
		case ERROR:
			return Diagnostic.Severity.ERROR;
		case WARNING:
			return Diagnostic.Severity.WARNING;
		default:
			return Diagnostic.Severity.INFO;
		}
	}

	/** Issues of a whole resource have no position; they are shown at its start. */
	private static int positionOrFirst(Integer position) {
		return position == null || position < 1 ? 1 : position;
	}
}
