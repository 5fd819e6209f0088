package dev.tinyforge.tflite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real int8 models in shared/models next to the repository: each {@code <model>.tflite} with its
 * reference data {@code <model>.json}. Tests run in their module folder (tests/dev.tinyforge.tflite.tests), the
 * benchmark usually in the repository root; the system property {@code tinyforge.models} overrides both.
 */
final class SharedModels {

	private static final List<String> CANDIDATES = List.of("../../../shared/models", "../shared/models");

	private SharedModels() {
	}

	static Path directory() {
		String configured = System.getProperty("tinyforge.models");
		Stream<String> candidates = configured != null ? Stream.of(configured) : CANDIDATES.stream();
		return candidates.map(Path::of).filter(Files::isDirectory).findFirst()
				.orElseThrow(() -> new IllegalStateException("no shared/models folder at " + CANDIDATES + " from "
						+ Path.of("").toAbsolutePath() + "; set -Dtinyforge.models=<folder>"));
	}

	/** Model names (files without .tflite), sorted. */
	static List<String> names() {
		try (Stream<Path> files = Files.list(directory())) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".tflite"))
					.map(name -> name.substring(0, name.length() - ".tflite".length())).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path model(String name) {
		return directory().resolve(name + ".tflite");
	}

	static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(model(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path referenceData(String name) {
		return directory().resolve(name + ".json");
	}
}
