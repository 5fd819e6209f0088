package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.cli.report.AnalysisJsonWriter;
import dev.tinyforge.cli.report.AnalysisReport;
import dev.tinyforge.cli.report.AnalysisReportBuilder;
import dev.tinyforge.cli.report.NetworkReport;
import dev.tinyforge.cli.report.NetworkReportBuilder;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.tflite.TfliteImportException;
import dev.tinyforge.tflite.TfliteImporter;

/**
 * {@code tinyforge analyze FILE [--json]}: validates a .tinyml file and reports its deployments or networks, or
 * imports a .tflite model and reports it as a network on its own (a model names no device, so it gets no verdict).
 */
public final class AnalyzeCommand {

	private final PrintStream out;
	private final PrintStream err;

	public AnalyzeCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param file as the user wrote it
	 * @return {@link ExitStatus#USAGE} after saying why if the file is missing, not a readable .tinyml or .tflite
	 *         file, or a file of its folder cannot be read
	 */
	public ExitStatus run(String file, boolean json) {
		try {
			Path path = FileChecks.readable(file, FileChecks.TINYML, FileChecks.TFLITE);
			AnalysisReport report = file.endsWith(FileChecks.TFLITE) ? modelReport(file, path, json)
					: projectReport(file, path);
			if (json) {
				out.println(AnalysisJsonWriter.toJson(report));
			} else {
				DiagnosticPrinter.print(report.diagnostics(), err);
				AnalysisReportPrinter.print(report, out);
			}
			return report.passed() ? ExitStatus.OK : ExitStatus.FAILED;
		} catch (CommandFailure failure) {
			return failure.report(err);
		}
	}

	private static AnalysisReport projectReport(String file, Path path) throws CommandFailure {
		ValidatedProject project = ValidatedProject.load(path);
		return new AnalysisReportBuilder(TinyMlLanguage.injector().getInstance(NetworkAnalyses.class)).build(file,
				project.resource(), project.issues());
	}

	/**
	 * @throws CommandFailure with the import problems, unless {@code json}: a tool reading the JSON gets a document
	 *                        for a model it cannot read too, its network not analysed for those problems
	 */
	private static AnalysisReport modelReport(String file, Path path, boolean json) throws CommandFailure {
		NetworkReport network;
		try {
			Graph graph = TfliteImporter.read(path);
			network = NetworkReportBuilder.analyze(graph.getName(), graph);
		} catch (TfliteImportException e) {
			if (!json) {
				throw CommandFailure.problems(file, e.problems());
			}
			network = NetworkReport.notAnalyzed(ModelFiles.baseName(path), null, null, e.problems());
		}
		return new AnalysisReport(file, List.of(), List.of(network));
	}
}
