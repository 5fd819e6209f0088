package dev.tinyforge.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that runs one command of TinyForge's command line on a .tinyml file and maps its exit code as a build
 * expects: 1 (errors in the model, a deploy that does not fit) fails the build with the diagnostics, 2 (bad
 * configuration) is an execution error.
 */
abstract class TinyForgeMojo extends AbstractMojo {

	/** The .tinyml file; the .tinyml files beside it are read too, as the command line does. */
	@Parameter(property = "tinyforge.file", required = true)
	File file;

	/** TinyForge's runnable command-line jar, tinyforge.jar, with its lib/ folder beside it. */
	@Parameter(property = "tinyforge.cli", required = true)
	File cli;

	@Parameter(property = "tinyforge.skip", defaultValue = "false")
	boolean skip;

	/** The command and its arguments after the file. */
	abstract List<String> arguments();

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("TinyForge skipped");
			return;
		}
		List<String> arguments = arguments();
		CommandLineJar.Outcome outcome = new CommandLineJar(cli).run(arguments);
		outcome.out().lines().forEach(getLog()::info);
		String command = "tinyforge " + String.join(" ", arguments);
		switch (outcome.exitCode()) {
		case 0 -> outcome.err().lines().forEach(getLog()::warn);
		case 1 -> {
			outcome.err().lines().forEach(getLog()::error);
			throw new MojoFailureException(command + " failed:\n" + diagnostics(outcome));
		}
		default -> throw new MojoExecutionException(command + ": " + outcome.err().strip());
		}
	}

	/** The errors, or for a deploy that does not fit (a report on standard output) its verdict lines. */
	private static String diagnostics(CommandLineJar.Outcome outcome) {
		String verdicts = String.join("\n", outcome.out().lines().filter(line -> line.contains("DOES NOT FIT"))
				.map(String::strip).toList());
		return (outcome.err().strip() + "\n" + verdicts).strip();
	}
}
