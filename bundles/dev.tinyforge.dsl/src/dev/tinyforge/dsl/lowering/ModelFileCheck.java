package dev.tinyforge.dsl.lowering;

import java.io.File;

import org.eclipse.emf.common.util.URI;

import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.validation.IssueCodes;

/**
 * {@code network x from "model.tflite"}: the path is relative to the .tinyml file. Reading the FlatBuffer
 * is the importer's job; until it is part of the build, such a network is reported as not analysable, so
 * no report or deployment is ever made from a guess.
 */
final class ModelFileCheck {

	private final NetworkLowering lowering;

	ModelFileCheck(NetworkLowering lowering) {
		this.lowering = lowering;
	}

	void check(Network network) {
		File file = resolve(network);
		String message = file != null && !file.isFile()
				? "Model file '" + network.getModelFile() + "' not found (looked for " + file + ")"
				: "Network '" + network.getName() + "': this TinyForge build cannot read .tflite models yet";
		lowering.problem(network, Literals.NETWORK__MODEL_FILE, message, IssueCodes.MODEL_FILE);
	}

	/** The model file next to the .tinyml file, or null when the resource is not a file. */
	static File resolve(Network network) {
		URI uri = network.eResource() == null ? null : network.eResource().getURI();
		if (uri == null || !uri.isFile()) {
			return null;
		}
		return new File(new File(uri.toFileString()).getParentFile(), network.getModelFile());
	}
}
