package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.xtext.conversion.IValueConverterService;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.dsl.export.DslText;
import dev.tinyforge.dsl.export.NetworkDslWriter;
import dev.tinyforge.dsl.formatting2.TextFormatter;
import dev.tinyforge.model.ir.Graph;

/**
 * {@code tinyforge import FILE.tflite [--name NAME]}: prints the model's architecture as a .tinyml network, laid
 * out as the formatter would; the weights stay in the model file.
 */
public final class ImportCommand {

	private final PrintStream out;
	private final PrintStream err;

	public ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param file as the user wrote it
	 * @param name an identifier, or null to derive one from the file name
	 * @return {@link ExitStatus#FAILED} after printing the reasons when the model cannot be imported or has
	 *         operators a .tinyml network cannot express
	 */
	public ExitStatus run(String file, String name) {
		try {
			Path path = FileChecks.readable(file, FileChecks.TFLITE);
			Graph graph = ModelFiles.read(file, path);
			DslText dsl = new NetworkDslWriter().write(graph, escaped(name == null ? NetworkNames.fromFileName(path)
					: name));
			if (!dsl.complete()) {
				throw CommandFailure.problems(file, dsl.problems());
			}
			out.print(TinyMlLanguage.injector().getInstance(TextFormatter.class).format(dsl.text()));
			return ExitStatus.OK;
		} catch (CommandFailure failure) {
			return failure.report(err);
		}
	}

	/** A name that is a keyword of the language, e.g. {@code conv.tflite}'s, is written {@code ^conv}. */
	private static String escaped(String identifier) {
		return TinyMlLanguage.injector().getInstance(IValueConverterService.class).toString(identifier, "ID");
	}
}
