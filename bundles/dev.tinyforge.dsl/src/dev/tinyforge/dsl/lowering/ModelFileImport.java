package dev.tinyforge.dsl.lowering;

import java.io.File;

import org.eclipse.emf.common.util.URI;

import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.validation.IssueCodes;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.tflite.TfliteImportException;
import dev.tinyforge.tflite.TfliteImporter;

/**
 * {@code network x from "model.tflite"}: the model file, relative to the .tinyml file, imported with its
 * weights. A file that is missing or cannot be imported is a problem on the path, with the importer's
 * reasons.
 */
final class ModelFileImport {

	private final NetworkLowering lowering;

	ModelFileImport(NetworkLowering lowering) {
		this.lowering = lowering;
	}

	/** The imported graph, or null with a problem recorded. */
	Graph load(Network network) {
		File file = resolve(network);
		if (file == null) {
			lowering.problem(network, Literals.NETWORK__MODEL_FILE, "Network '" + network.getName()
					+ "': a model file can only be read next to a .tinyml file on disk", IssueCodes.MODEL_FILE);
			return null;
		}
		if (!file.isFile()) {
			lowering.problem(network, Literals.NETWORK__MODEL_FILE,
					"Model file '" + network.getModelFile() + "' not found (looked for " + file + ")",
					IssueCodes.MODEL_FILE);
			return null;
		}
		try {
			Graph graph = TfliteImporter.read(file.toPath());
			graph.setName(network.getName());
			return graph;
		} catch (TfliteImportException e) {
			lowering.problem(network, Literals.NETWORK__MODEL_FILE,
					"Cannot import '" + network.getModelFile() + "': " + String.join("; ", e.problems()),
					IssueCodes.MODEL_FILE);
			return null;
		}
	}

	/** The model file (a relative path is relative to the .tinyml file), or null when that is not on disk. */
	private static File resolve(Network network) {
		File file = new File(network.getModelFile());
		if (file.isAbsolute()) {
			return file;
		}
		URI uri = network.eResource() == null ? null : network.eResource().getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		return new File(new File(uri.toFileString()).getParentFile(), network.getModelFile());
	}
}
