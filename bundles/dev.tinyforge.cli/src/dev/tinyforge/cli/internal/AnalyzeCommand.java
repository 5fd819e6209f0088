package dev.tinyforge.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.cli.report.AnalysisJsonWriter;
import dev.tinyforge.cli.report.AnalysisReport;
import dev.tinyforge.cli.report.AnalysisReportBuilder;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;

/** {@code tinyforge analyze FILE [--json]}: validates the file and reports its deployments or networks. */
public final class AnalyzeCommand {

	private final PrintStream out;
	private final PrintStream err;

	public AnalyzeCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param file as the user wrote it
	 * @return {@link ExitStatus#USAGE} after saying why if the file is missing, not a readable .tinyml file, or a
	 *         file of its folder cannot be read
	 */
	public ExitStatus run(String file, boolean json) {
		String unusable = whyUnusable(file);
		if (unusable != null) {
			err.println("tinyforge: " + file + ": " + unusable);
			return ExitStatus.USAGE;
		}
		Injector injector = TinyMlLanguage.injector();
		Resource resource;
		try {
			resource = new ProjectLoader(injector.getInstance(XtextResourceSet.class)).load(Path.of(file));
		} catch (IOException e) {
			err.println("tinyforge: " + e.getMessage());
			return ExitStatus.USAGE;
		}
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		AnalysisReport report = new AnalysisReportBuilder(injector.getInstance(NetworkAnalyses.class)).build(file,
				resource, issues);
		if (json) {
			out.println(AnalysisJsonWriter.toJson(report));
		} else {
			DiagnosticPrinter.print(report.diagnostics(), err);
			AnalysisReportPrinter.print(report, out);
		}
		return report.passed() ? ExitStatus.OK : ExitStatus.FAILED;
	}

	/** @return null if the file can be analysed */
	private static String whyUnusable(String file) {
		Path path;
		try {
			path = Path.of(file);
		} catch (InvalidPathException e) {
			return "no such file";
		}
		if (!Files.exists(path)) {
			return "no such file";
		}
		if (!Files.isRegularFile(path)) {
			return "not a file";
		}
		if (!file.endsWith(ProjectLoader.EXTENSION)) {
			return "not a " + ProjectLoader.EXTENSION + " file";
		}
		return Files.isReadable(path) ? null : "cannot read";
	}
}
