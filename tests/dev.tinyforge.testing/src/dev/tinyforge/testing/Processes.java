package dev.tinyforge.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool (compiler, program, emulator) and returns its standard output; fails with its output otherwise. */
public final class Processes {

	private Processes() {
	}

	public static String run(Path directory, long timeoutSeconds, List<String> command) {
		try {
			Path log = Files.createTempFile(directory, "process", ".log");
			Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
					.redirectOutput(log.toFile()).start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.delete(log);
			if (process.exitValue() != 0) {
				throw new AssertionError("exit code " + process.exitValue() + ": " + String.join(" ", command) + "\n"
						+ output);
			}
			return output;
		} catch (IOException e) {
			throw new AssertionError("cannot run " + command.get(0) + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted: " + String.join(" ", command), e);
		}
	}

	/** Whether a program is on the PATH. */
	public static boolean onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, program))) {
				return true;
			}
		}
		return false;
	}
}
