package dev.tinyforge.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CodeGenerator#generate} wrote.
 *
 * @param files       the files, in the output folder
 * @param arenaBytes  the size of the static arena the code declares: the analysis' plan
 * @param weightBytes bytes of constant data in Flash (weights, biases, multipliers, lookup tables)
 * @param layers      one entry per operator, in schedule order
 */
public record GenerationResult(List<Path> files, long arenaBytes, long weightBytes, List<LayerReport> layers) {

	public GenerationResult {
		files = List.copyOf(files);
		layers = List.copyOf(layers);
	}
}
