package dev.tinyforge.codegen.program;

import java.util.List;

import dev.tinyforge.codegen.CodegenOptions;
import dev.tinyforge.codegen.emit.ConstantData;
import dev.tinyforge.codegen.emit.KernelRegistry;

/** Everything the C files are written from: the generated layers, kernels, constants and the plan's arena. */
public record Model(CodegenOptions options, String description, long arenaBytes, List<GraphEndpoint> inputs,
		List<GraphEndpoint> outputs, List<ScheduledLayer> layers, KernelRegistry kernels, ConstantData constants) {
}
