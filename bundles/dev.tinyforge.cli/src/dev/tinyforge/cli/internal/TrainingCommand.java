package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.cli.report.TrainingAnalysisReport;
import dev.tinyforge.cli.report.TrainingJsonWriter;
import dev.tinyforge.cli.report.TrainingReport;
import dev.tinyforge.cli.report.TrainingReportBuilder;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.tflite.TfliteImportException;
import dev.tinyforge.tflite.TfliteImporter;

/**
 * {@code tinyforge analyze FILE --train [--json]}: what fine-tuning on the device would cost. Validates a .tinyml
 * file and reports each of its {@code train} blocks (or each network with TinyTL's setup when it has none), or
 * imports a .tflite model and reports it with TinyTL's setup.
 */
public final class TrainingCommand {

	private final PrintStream out;
	private final PrintStream err;

	public TrainingCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param file as the user wrote it
	 * @return {@link ExitStatus#FAILED} for errors in the file or a training that could not be analysed
	 */
	public ExitStatus run(String file, boolean json) {
		try {
			Path path = FileChecks.readable(file, FileChecks.TINYML, FileChecks.TFLITE);
			TrainingAnalysisReport report = file.endsWith(FileChecks.TFLITE) ? modelReport(file, path, json)
					: projectReport(file, path);
			if (json) {
				out.println(TrainingJsonWriter.toJson(report));
			} else {
				DiagnosticPrinter.print(report.diagnostics(), err);
				TrainingReportPrinter.print(report, out);
			}
			return report.passed() ? ExitStatus.OK : ExitStatus.FAILED;
		} catch (CommandFailure failure) {
			return failure.report(err);
		}
	}

	private static TrainingAnalysisReport projectReport(String file, Path path) throws CommandFailure {
		ValidatedProject project = ValidatedProject.load(path);
		return new TrainingReportBuilder(TinyMlLanguage.injector().getInstance(NetworkAnalyses.class)).build(file,
				project.resource(), project.issues());
	}

	/** @throws CommandFailure with the import problems, unless {@code json}, as {@link AnalyzeCommand} does */
	private static TrainingAnalysisReport modelReport(String file, Path path, boolean json) throws CommandFailure {
		TrainingReport training;
		try {
			Graph graph = TfliteImporter.read(path);
			training = TrainingReportBuilder.analyze(graph.getName(), graph, TrainingReportBuilder.DEFAULT_SETUP);
		} catch (TfliteImportException e) {
			if (!json) {
				throw CommandFailure.problems(file, e.problems());
			}
			training = TrainingReport.notAnalyzed(ModelFiles.baseName(path), TrainingReportBuilder.DEFAULT_SETUP,
					e.problems());
		}
		return new TrainingAnalysisReport(file, List.of(), List.of(training));
	}
}
