package dev.tinyforge.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.cli.report.Diagnostic;
import dev.tinyforge.cli.report.IssueDiagnostics;
import dev.tinyforge.codegen.CodeGenerator;
import dev.tinyforge.codegen.CodegenOptions;
import dev.tinyforge.codegen.GenerationResult;
import dev.tinyforge.codegen.Optimization;
import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.UnsupportedOperatorException;
import dev.tinyforge.codegen.UserCodeException;
import dev.tinyforge.dsl.tinyMl.Deployment;

/**
 * {@code tinyforge generate FILE [--out DIR] [--target TARGET] [--deploy N]}: the C of each deploy of a valid
 * .tinyml file, or of a .tflite model, one folder each, printed one line per folder. The generator replaces a
 * folder only once all its files are made, keeping their USER CODE sections, so a failure leaves the folder as it
 * was.
 */
public final class GenerateCommand {

	private final PrintStream out;
	private final PrintStream err;

	public GenerateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param file a .tinyml or .tflite file as the user wrote it
	 * @param outDir the folder to generate into, null for each deploy's own; required for a .tflite
	 * @param target null for what each deploy allows, portable for a .tflite
	 * @param deploy the deploy of a .tinyml file to generate, by number from 1 or network name; null for all
	 */
	public ExitStatus run(String file, String outDir, Target target, String deploy) {
		try {
			Path path = FileChecks.readable(file, FileChecks.TINYML, FileChecks.TFLITE);
			List<GenerationJob> jobs = file.endsWith(FileChecks.TFLITE)
					? List.of(modelJob(file, path, outDir, target, deploy))
					: deployJobs(file, path, outDir, target, deploy);
			for (GenerationJob job : jobs) {
				GeneratedFolders.checkReplaceable(job.folder());
			}
			for (GenerationJob job : jobs) {
				out.println(line(job, generate(file, job)));
			}
			return ExitStatus.OK;
		} catch (CommandFailure failure) {
			return failure.report(err);
		}
	}

	private static GenerationJob modelJob(String file, Path path, String outDir, Target target, String deploy)
			throws CommandFailure {
		if (deploy != null) {
			throw CommandFailure.usage(file, "a .tflite file is one model; --deploy picks a deploy of a .tinyml file");
		}
		if (outDir == null) {
			throw CommandFailure.usage(file, "a model names no output folder: give one with --out DIR");
		}
		return new GenerationJob(ModelFiles.read(file, path), new CodegenOptions(NetworkNames.fromFileName(path),
				target == null ? Target.PORTABLE : target, Optimization.SPEED, false),
				FileChecks.path(outDir, "not a folder name"), null);
	}

	/** Errors stop before anything is written; warnings are printed and generation goes on. */
	private List<GenerationJob> deployJobs(String file, Path path, String outDir, Target target, String deploy)
			throws CommandFailure {
		ValidatedProject project = ValidatedProject.load(path);
		List<Diagnostic> diagnostics = IssueDiagnostics.of(file, project.issues());
		if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
			throw CommandFailure.diagnostics(diagnostics);
		}
		DiagnosticPrinter.print(diagnostics, err);
		return new DeployJobs(file, path, outDir, target).plan(project.elements(Deployment.class), deploy);
	}

	private static GenerationResult generate(String file, GenerationJob job) throws CommandFailure {
		try {
			return CodeGenerator.generate(job.graph(), job.options(), new NetworkAnalyzer(), job.patches(), job.folder());
		} catch (UnsupportedOperatorException e) {
			throw CommandFailure.failed(file, "cannot generate C for '" + job.options().prefix() + "': "
					+ e.getMessage());
		} catch (UserCodeException e) {
			throw CommandFailure.failed(e.location(), e.reason() + "; nothing was regenerated");
		} catch (IOException e) {
			throw CommandFailure.usage(job.folder().toString(), "cannot write: " + e.getMessage());
		}
	}

	/** {@code out/pd: arm-dsp, arena 55,296 B (54 KiB), 7 files: pd.h, pd.c, ...}. */
	private static String line(GenerationJob job, GenerationResult result) {
		String files = result.files().stream().map(written -> written.getFileName().toString())
				.collect(Collectors.joining(", "));
		return job.folder() + ": " + GenerationTargets.word(job.options().target()) + ", arena "
				+ Numbers.bytes(result.arenaBytes()) + ", " + result.files().size() + " files: " + files;
	}
}
