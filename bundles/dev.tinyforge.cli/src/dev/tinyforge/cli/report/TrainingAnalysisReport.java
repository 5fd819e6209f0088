package dev.tinyforge.cli.report;

import java.util.List;

/**
 * What {@code tinyforge analyze --train} found in one file.
 *
 * @param file the file as the user named it
 * @param diagnostics the file's syntax, linking and validation issues; none for a .tflite model
 * @param trainings one per {@code train} block, or one per network with the default setup when the file has none;
 *        a .tflite model is one network
 */
public record TrainingAnalysisReport(String file, List<Diagnostic> diagnostics, List<TrainingReport> trainings) {

	public TrainingAnalysisReport {
		diagnostics = List.copyOf(diagnostics);
		trainings = List.copyOf(trainings);
	}

	public boolean hasErrors() {
		return diagnostics.stream().anyMatch(Diagnostic::isError);
	}

	/** No errors and every training analysed. */
	public boolean passed() {
		return !hasErrors() && trainings.stream().allMatch(TrainingReport::analyzed);
	}
}
