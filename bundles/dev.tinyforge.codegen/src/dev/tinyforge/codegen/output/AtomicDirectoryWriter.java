package dev.tinyforge.codegen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces a folder with new files atomically: they are written to a temporary folder beside it, which then
 * takes the folder's place. If anything fails the old folder stays as it was and the temporary one is removed.
 */
public final class AtomicDirectoryWriter {

	private AtomicDirectoryWriter() {
	}

	/** @return the written files, at their final place */
	public static List<Path> write(Path directory, Map<String, String> files) throws IOException {
		Path target = directory.toAbsolutePath().normalize();
		Path parent = target.getParent();
		Files.createDirectories(parent);
		Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
		Path retired = parent.resolve("." + target.getFileName() + ".old-" + staging.getFileName());
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			boolean existed = Files.exists(target);
			if (existed) {
				move(target, retired);
			}
			try {
				move(staging, target);
			} catch (IOException e) {
				if (existed) {
					move(retired, target);
				}
				throw e;
			}
			if (existed) {
				deleteTree(retired);
			}
		} finally {
			if (Files.exists(staging)) {
				deleteTree(staging);
			}
		}
		List<Path> written = new ArrayList<>();
		files.keySet().forEach(name -> written.add(target.resolve(name)));
		return written;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
