package dev.tinyforge.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.codegen.emit.ConstantData;
import dev.tinyforge.codegen.emit.EmitterTable;
import dev.tinyforge.codegen.emit.KernelRegistry;
import dev.tinyforge.codegen.emit.LayerCode;
import dev.tinyforge.codegen.emit.LayerContext;
import dev.tinyforge.codegen.emit.OperatorNames;
import dev.tinyforge.codegen.emit.WidenedWeights;
import dev.tinyforge.codegen.output.RegeneratingWriter;
import dev.tinyforge.codegen.program.GraphEndpoint;
import dev.tinyforge.codegen.program.HeaderFile;
import dev.tinyforge.codegen.program.KernelFiles;
import dev.tinyforge.codegen.program.Model;
import dev.tinyforge.codegen.program.PatchLoop;
import dev.tinyforge.codegen.program.ScheduleFile;
import dev.tinyforge.codegen.program.ScheduledLayer;
import dev.tinyforge.codegen.report.JsonReport;
import dev.tinyforge.codegen.report.TextReport;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;

/**
 * Generates C for an int8 graph, TinyEngine-style, against the memory plan of the analysis: every tensor and
 * scratch buffer at the arena offset {@link NetworkAnalysis} gives it, and an arena of exactly
 * {@link NetworkAnalysis#arenaBytes()}.
 */
public final class CodeGenerator {

	private CodeGenerator() {
	}

	/**
	 * Generates the model's files into {@code outDir}, replacing it atomically and keeping the USER CODE sections
	 * of the files there. Everything is generated in memory first: an unsupported operator fails before anything
	 * is written.
	 *
	 * @throws UnsupportedOperatorException naming the operator, if one has no kernel
	 * @throws IOException                  if the files cannot be written, or the USER CODE sections of those there
	 *                                      cannot be carried over ({@code UserCodeException}); {@code outDir} is
	 *                                      then unchanged
	 */
	public static GenerationResult generate(Graph graph, CodegenOptions options, Path outDir) throws IOException {
		return generate(graph, options, new NetworkAnalyzer(), outDir);
	}

	/**
	 * As {@link #generate(Graph, CodegenOptions, Path)}, against the plan of the given analyzer (its scratch model
	 * and planner): the kernels adapt to the scratch and the in-place placements it gives them.
	 */
	public static GenerationResult generate(Graph graph, CodegenOptions options, NetworkAnalyzer analyzer,
			Path outDir) throws IOException {
		return generate(graph, options, analyzer, null, outDir);
	}

	/**
	 * As {@link #generate(Graph, CodegenOptions, NetworkAnalyzer, Path)}, running the layers of the patch plan patch
	 * by patch (see {@link PatchLoop}); a null plan runs every layer on its whole map.
	 *
	 * @throws UnsupportedOperatorException also when the plan cannot run on the graph, saying why
	 */
	public static GenerationResult generate(Graph graph, CodegenOptions options, NetworkAnalyzer analyzer,
			PatchPlan patches, Path outDir) throws IOException {
		NetworkAnalysis analysis = analyse(graph, analyzer, patches);
		Map<Tensor, Integer> tensorIds = new IdentityHashMap<>();
		for (int t = 0; t < graph.getTensors().size(); t++) {
			tensorIds.put(graph.getTensors().get(t), t);
		}
		ConstantData constants = new ConstantData();
		KernelRegistry kernels = new KernelRegistry(options);
		List<ScheduledLayer> schedule = new ArrayList<>();
		List<LayerReport> reports = new ArrayList<>();
		PatchPhase phase = analysis.patchPhase().orElse(null);
		PatchLoop patchLoop = phase == null ? null
				: PatchLoop.write(phase, graph, options.prefix(), analysis, tensorIds, constants, kernels);
		for (int i = 0; i < graph.getOperators().size(); i++) {
			Operator op = graph.getOperators().get(i);
			LayerContext layer = new LayerContext(i, op, options.prefix(), analysis, tensorIds, constants, kernels);
			boolean patched = phase != null && phase.plan().inPrefix(i);
			int fusedInto = analysis.fusedInto(i);
			LayerCode code = patched ? patchCode(phase, patchLoop, i)
					: fusedInto >= 0 ? LayerCode.NOTHING : EmitterTable.emit(layer);
			Tensor output = layer.output();
			String shape = Tensors.format(output);
			boolean whole = (!patched || i == phase.plan().splitOp()) && fusedInto < 0;
			String kind = OperatorNames.of(op);
			schedule.add(new ScheduledLayer(i, op.getName(), fusedInto < 0 ? kind : kind + ", fused into " + fusedInto,
					shape, code.call(), layer.offset(output), Tensors.byteSize(output), whole));
			reports.add(new LayerReport(i, op.getName(), kind, code.kernel(), shape, analysis.macs(i),
					weightBytes(analysis, i, op, options), layer.offset(output), Tensors.byteSize(output),
					analysis.scratchOffset(i), analysis.scratchBytes(i), patched, whole, fusedInto));
		}
		String description = graph.getSource() == null ? graph.getName() : graph.getSource();
		Model model = new Model(options, description == null ? options.prefix() : description,
				analysis.arenaBytes(), endpoints("input", graph.getInputs(), analysis, tensorIds),
				endpoints("output", graph.getOutputs(), analysis, tensorIds), schedule, kernels, constants);
		String prefix = options.prefix();
		Map<String, String> files = new LinkedHashMap<>();
		files.put(prefix + ".h", HeaderFile.write(model));
		files.put(prefix + ".c", ScheduleFile.write(model));
		files.put(prefix + "_kernels.h", KernelFiles.header(model));
		files.put(prefix + "_kernels.c", KernelFiles.source(model));
		files.put(prefix + "_weights.c", KernelFiles.weights(model));
		String title = "TinyForge code generation report: " + prefix + " (" + model.description() + "), target "
				+ options.target();
		files.put(prefix + "_report.txt",
				TextReport.write(title, reports, analysis.arenaBytes(), constants.bytes(), phase));
		files.put(prefix + "_report.json", JsonReport.write(prefix, options.target().name(), reports,
				analysis.arenaBytes(), constants.bytes(), phase));
		List<Path> written = RegeneratingWriter.write(outDir, files);
		return new GenerationResult(written, analysis.arenaBytes(), constants.bytes(), reports);
	}

	/** The layer's constants in Flash: as the analysis counts them, plus what widening its weights adds. */
	private static long weightBytes(NetworkAnalysis analysis, int i, Operator op, CodegenOptions options) {
		return analysis.weightBytes(i)
				+ (options.widensWeights() ? WidenedWeights.extraBytes(op, analysis.scratchBytes(i)) : 0);
	}

	/**
	 * The Flash {@link Optimization#SPEED} adds to the graph's constants on the DSP (with the default analyzer's
	 * scratch, as {@link #generate(Graph, CodegenOptions, Path)} plans it), to choose it where the device has room.
	 *
	 * @param patches the layers to run patch by patch, null for none
	 */
	public static long speedExtraFlashBytes(Graph graph, PatchPlan patches) {
		return WidenedWeights.extraBytes(graph, analyse(graph, new NetworkAnalyzer(), patches));
	}

	/** A patch-phase layer: the first one runs the whole phase, the others are part of it. */
	private static LayerCode patchCode(PatchPhase phase, PatchLoop loop, int op) {
		String kernels = String.join(" ", loop.kernels().get(op - phase.plan().firstOp()));
		return new LayerCode(kernels, op == phase.plan().firstOp() ? loop.statements() : "");
	}

	/** The analysis' plan; operators it does not know are reported as unsupported here too. */
	private static NetworkAnalysis analyse(Graph graph, NetworkAnalyzer analyzer, PatchPlan patches) {
		try {
			return analyzer.analyze(IrToLayerGraph.convert(graph), patches);
		} catch (IllegalArgumentException e) {
			throw new UnsupportedOperatorException(e.getMessage());
		}
	}

	private static List<GraphEndpoint> endpoints(String kind, List<Tensor> tensors, NetworkAnalysis analysis,
			Map<Tensor, Integer> tensorIds) {
		List<GraphEndpoint> endpoints = new ArrayList<>();
		for (int i = 0; i < tensors.size(); i++) {
			Tensor tensor = tensors.get(i);
			if (tensor.isConstant()) {
				throw new UnsupportedOperatorException("graph " + kind + " '" + tensor.getName() + "' is a constant");
			}
			endpoints.add(new GraphEndpoint(kind, i, tensor, analysis.tensorOffset(tensorIds.get(tensor))));
		}
		return endpoints;
	}
}
