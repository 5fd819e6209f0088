package dev.tinyforge.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * TinyForge's command line, run in Maven's JVM: {@code dev.tinyforge.cli.Main.run} from the runnable jar, in a class
 * loader of its own (the jar's manifest Class-Path brings its lib/ folder) whose parent is the platform class
 * loader, so neither Maven's classes nor the plugin's meet Xtext's.
 */
final class CommandLineJar {

	private static final String MAIN = "dev.tinyforge.cli.Main";

	/** What one command printed and its exit code (0 ok, 1 model errors or a deploy that does not fit, 2 usage). */
	record Outcome(int exitCode, String out, String err) {
	}

	private final File jar;

	CommandLineJar(File jar) {
		this.jar = jar;
	}

	Outcome run(List<String> arguments) throws MojoExecutionException {
		if (jar == null || !jar.isFile()) {
			throw new MojoExecutionException("TinyForge command line not found: " + jar
					+ " (set <cli> to tinyforge.jar, which the TinyForge build writes to"
					+ " bundles/dev.tinyforge.cli/target/cli/)");
		}
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toURI().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			thread.setContextClassLoader(loader);
			Method run = loader.loadClass(MAIN).getMethod("run", String[].class, PrintStream.class,
					PrintStream.class);
			int exitCode = (Integer) run.invoke(null, arguments.toArray(String[]::new),
					new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
			return new Outcome(exitCode, out.toString(UTF_8), err.toString(UTF_8));
		} catch (IOException | ReflectiveOperationException e) {
			Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
			throw new MojoExecutionException("cannot run the TinyForge command line in " + jar + ": " + cause, cause);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
