package dev.tinyforge.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks a file named on the command line before any work, so that a wrong one is one clear line. */
final class FileChecks {

	static final String TINYML = ".tinyml";
	static final String TFLITE = ".tflite";

	private FileChecks() {
	}

	/**
	 * @param file as the user wrote it; messages keep that form
	 * @param extensions the kinds of file the command takes, e.g. {@link #TINYML}; none for any kind
	 * @return the file's path
	 * @throws CommandFailure a usage error if the file is missing, not a regular file, of another kind or unreadable
	 */
	static Path readable(String file, String... extensions) throws CommandFailure {
		Path path = path(file, "no such file");
		if (!Files.exists(path)) {
			throw CommandFailure.usage(file, "no such file");
		}
		if (!Files.isRegularFile(path)) {
			throw CommandFailure.usage(file, "not a file");
		}
		if (extensions.length > 0 && Arrays.stream(extensions).noneMatch(file::endsWith)) {
			throw CommandFailure.usage(file, "not a " + String.join(" or ", extensions) + " file");
		}
		if (!Files.isReadable(path)) {
			throw CommandFailure.usage(file, "cannot read");
		}
		return path;
	}

	/**
	 * @param reason what to say when {@code file} cannot be a path, e.g. for a NUL character in it
	 * @throws CommandFailure a usage error then
	 */
	static Path path(String file, String reason) throws CommandFailure {
		try {
			return Path.of(file);
		} catch (InvalidPathException e) {
			throw CommandFailure.usage(file, reason);
		}
	}
}
