package dev.tinyforge.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.testing.SharedModel;

/**
 * Data for the architecture search's latency model, not a test: for each shared model and each network of the
 * .tinyml file given as first argument (with {@link SyntheticWeights}), the generated ARM_DSP code built at -O2 for
 * the board given second (CORTEX_M7 or CORTEX_M4) and run under QEMU with the instruction-counting plugin, a mark
 * after every layer. Prints one CSV line
 * per layer that runs code (a PAD fused into a depthwise convolution is measured in it): model, layer, operator
 * kind, MACs, output elements, instructions (from the previous mark, so the few instructions of the mark's callback
 * are included). Run by releng/benchmarks/latency-calibration.sh.
 */
public final class LayerInstructionCounts {

	static final String HEADER = "model,layer,op,macs,outputs,instructions";

	/** One run of a graph with a mark after every layer: the build, what the program printed, each layer's count. */
	record Measurement(QemuBuild build, String output, List<Long> layerInstructions) {

		long instructions() {
			return layerInstructions.stream().mapToLong(Long::longValue).sum();
		}
	}

	private LayerInstructionCounts() {
	}

	public static void main(String[] args) throws Exception {
		Board board = Board.valueOf(args[1]);
		Path work = Files.createTempDirectory("tinyforge-layer-counts");
		Path plugin = QemuBuild.icountPlugin(work);
		System.out.println(HEADER);
		for (SharedModel model : SharedModel.all()) {
			Graph graph = model.importGraph();
			Measurement measurement = measure(graph, model.runs().get(0).graphInput(), board,
					Files.createDirectories(work.resolve(model.name())), plugin);
			csv(model.name(), graph, measurement).forEach(System.out::println);
		}
		for (Graph graph : DslNetworks.all(Path.of(args[0]))) {
			Measurement measurement = measure(graph, DslNetworks.randomInput(graph), board,
					Files.createDirectories(work.resolve(graph.getName())), plugin);
			csv(graph.getName(), graph, measurement).forEach(System.out::println);
		}
	}

	static Measurement measure(Graph graph, byte[] input, Board board, Path folder, Path plugin) throws Exception {
		QemuBuild build = QemuBuild.compile(graph, board, Optimization.SPEED, MemoryPlan.DEFAULT, List.of(input),
				QemuBuild.Instrumentation.LAYER_MARKS, folder);
		String output = build.runCountingInstructions(plugin);
		List<Long> deltas = QemuBuild.marks(output).stream().map(QemuBuild.Mark::delta).toList();
		// marks: before the invoke, one per layer that runs code, after the invoke
		if (deltas.size() < 2) {
			throw new IllegalStateException(graph.getName() + ": no invoke marks in:\n" + output);
		}
		return new Measurement(build, output, build.layerInstructions(deltas.subList(1, deltas.size() - 1)));
	}

	static List<String> csv(String model, Graph graph, Measurement measurement) {
		LayerGraph layers = IrToLayerGraph.convert(graph);
		NetworkAnalysis analysis = new NetworkAnalyzer().analyze(layers);
		List<String> lines = new ArrayList<>();
		for (int op = 0; op < layers.opCount(); op++) {
			if (measurement.build().generation.layers().get(op).fusedInto() >= 0) {
				continue; // its work is in the layer it is fused into
			}
			lines.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%d", model, op, layers.opKind(op), analysis.macs(op),
					layers.tensorElements(layers.opOutput(op, 0)), measurement.layerInstructions().get(op)));
		}
		return lines;
	}
}
