package dev.tinyforge.codegen;

import dev.tinyforge.testing.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.model.ir.Graph;

/**
 * Generated code compiled for the host with warnings as errors and the address and undefined-behaviour
 * sanitizers, linked with a harness that runs every input in a file and writes every layer's output bytes,
 * through the layer callback, to another.
 */
final class HostBuild {

	static final String PREFIX = "model";
	private static final List<String> FLAGS = List.of("-std=c99", "-O2", "-Wall", "-Wextra", "-Werror",
			"-fsanitize=address,undefined", "-fno-sanitize-recover=all");
	private static final String HARNESS = """
			#include <stdio.h>
			#include "model.h"

			static FILE *layers;

			static void write_layer(int layer, const char *name, const void *data, size_t bytes, void *user)
			{
				(void)layer;
				(void)name;
				(void)user;
				fwrite(data, 1, bytes, layers);
			}

			int main(int argc, char **argv)
			{
				FILE *inputs;
				void *input;
				if (argc != 3) {
					fprintf(stderr, "usage: %s INPUTS LAYERS\\n", argv[0]);
					return 2;
				}
				inputs = fopen(argv[1], "rb");
				layers = fopen(argv[2], "wb");
				if (!inputs || !layers) {
					return 2;
				}
				model_init();
				model_set_layer_callback(write_layer, NULL);
				input = MODEL_INPUT0_IS_FLOAT ? (void *)model_input_float(0) : (void *)model_input(0);
				while (fread(input, 1, MODEL_INPUT0_BYTES, inputs) == MODEL_INPUT0_BYTES) {
					model_invoke();
				}
				fclose(inputs);
				return fclose(layers) == 0 ? 0 : 1;
			}
			""";

	private final Path directory;
	private final Path executable;
	final GenerationResult generation;

	private HostBuild(Path directory, Path executable, GenerationResult generation) {
		this.directory = directory;
		this.executable = executable;
		this.generation = generation;
	}


	/** @param patches the layers to run patch by patch, null for none */
	static HostBuild compile(Graph graph, Target target, Optimization optimization, MemoryPlan plan,
			PatchPlan patches, Path directory) throws IOException {
		Path sources = directory.resolve("src");
		GenerationResult generation = CodeGenerator.generate(graph,
				new CodegenOptions(PREFIX, target, optimization, true),
				plan.analyzer(), patches, sources);
		Files.writeString(sources.resolve("main.c"), HARNESS);
		Path executable = directory.resolve("model");
		List<String> command = new ArrayList<>(List.of("gcc"));
		command.addAll(FLAGS);
		command.addAll(List.of("-o", executable.toString(), "main.c", PREFIX + ".c", PREFIX + "_kernels.c",
				PREFIX + "_weights.c"));
		Processes.run(sources, 300, command);
		return new HostBuild(directory, executable, generation);
	}

	/** Runs the inputs, back to back, and returns every layer's output bytes, inference after inference. */
	byte[] run(byte[] inputs) {
		try {
			Path inputFile = Files.createTempFile(directory, "inputs", ".bin");
			Path layerFile = Files.createTempFile(directory, "layers", ".bin");
			Files.write(inputFile, inputs);
			Processes.run(directory, 300, List.of(executable.toString(), inputFile.toString(), layerFile.toString()));
			byte[] layers = Files.readAllBytes(layerFile);
			Files.delete(inputFile);
			Files.delete(layerFile);
			return layers;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
