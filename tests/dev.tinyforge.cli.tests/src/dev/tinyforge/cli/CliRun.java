package dev.tinyforge.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** The exit code and the output of one {@link Main#run} call. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = Main.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
		return new CliRun(exitCode, out.toString(UTF_8), err.toString(UTF_8));
	}

	/** What a person sees: a stack trace there means bad input crashed the tool. */
	boolean showsStackTrace() {
		return (out + err).contains("Exception") || (out + err).contains("\tat ");
	}
}
