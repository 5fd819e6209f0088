package dev.tinyforge.cli.internal;

import java.nio.file.Path;

import dev.tinyforge.analysis.patch.PatchPlan;

import dev.tinyforge.codegen.CodegenOptions;
import dev.tinyforge.model.ir.Graph;

/**
 * One folder of C to generate.
 *
 * @param graph the network, with its weights
 * @param options its C prefix and target
 * @param folder where the files go, replacing what is there
 * @param patches the layers its deploy runs patch by patch, null for none
 */
record GenerationJob(Graph graph, CodegenOptions options, Path folder, PatchPlan patches) {
}
