package dev.tinyforge.cli.report;

import java.util.List;

/**
 * What {@code tinyforge analyze} found in one file.
 *
 * @param file the file as the user named it
 * @param diagnostics the file's syntax, linking and validation issues; none for a .tflite model
 * @param analyses one per deployment in the file, or one per network when the file deploys nothing; a .tflite
 *        model is one network
 */
public record AnalysisReport(String file, List<Diagnostic> diagnostics, List<NetworkReport> analyses) {

	public AnalysisReport {
		diagnostics = List.copyOf(diagnostics);
		analyses = List.copyOf(analyses);
	}

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(Diagnostic::isError);
	}

	/** No errors, every network analysed and every deployment fits its device. */
	public boolean passed() {
		return !hasErrors() && analyses.stream().allMatch(NetworkReport::passed);
	}
}
