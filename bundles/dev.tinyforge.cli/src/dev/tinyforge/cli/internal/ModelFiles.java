package dev.tinyforge.cli.internal;

import java.nio.file.Path;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.tflite.TfliteImportException;
import dev.tinyforge.tflite.TfliteImporter;

/** Imports the .tflite model files named on the command line. */
final class ModelFiles {

	private ModelFiles() {
	}

	/**
	 * @param file as the user wrote it, for messages
	 * @return the model's graph, with its weights
	 * @throws CommandFailure with one {@code FILE: problem} line per reason the importer gives
	 */
	static Graph read(String file, Path path) throws CommandFailure {
		try {
			return TfliteImporter.read(path);
		} catch (TfliteImportException e) {
			throw CommandFailure.problems(file, e.problems());
		}
	}

	/** {@code models/person_detect.tflite} gives {@code person_detect}, the name the importer gives its graph. */
	static String baseName(Path path) {
		String name = path.getFileName().toString();
		int extension = name.lastIndexOf('.');
		return extension > 0 ? name.substring(0, extension) : name;
	}
}
