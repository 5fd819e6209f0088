package dev.tinyforge.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.testing.SharedModel;

/**
 * Data for the architecture search's latency model, not a test: for each shared model, the generated ARM_DSP
 * code built for a Cortex-M7 at -O2 and run under QEMU with the instruction-counting plugin, a mark after every
 * layer. Prints one CSV line per layer: model, layer, operator kind, MACs, output elements, instructions (from
 * the previous mark, so the few instructions of the mark's callback are included). Run by
 * releng/benchmarks/latency-calibration.sh.
 */
public final class LayerInstructionCounts {

	private static final Pattern MARK = Pattern.compile("icount: mark \\d+ at insn \\d+ \\(delta (\\d+)\\)");

	private LayerInstructionCounts() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("tinyforge-layer-counts");
		Path plugin = QemuBuild.icountPlugin(work);
		System.out.println("model,layer,op,macs,outputs,instructions");
		for (SharedModel model : SharedModel.all()) {
			Graph graph = model.importGraph();
			LayerGraph layers = IrToLayerGraph.convert(graph);
			NetworkAnalysis analysis = new NetworkAnalyzer().analyze(layers);
			QemuBuild build = QemuBuild.compile(graph, Board.CORTEX_M7, MemoryPlan.DEFAULT,
					List.of(model.runs().get(0).graphInput()), QemuBuild.LayerProbe.MARKS,
					Files.createDirectories(work.resolve(model.name())));
			List<Long> deltas = new ArrayList<>();
			Matcher matcher = MARK.matcher(build.runCountingInstructions(plugin));
			while (matcher.find()) {
				deltas.add(Long.parseLong(matcher.group(1)));
			}
			// marks: before the invoke, one per layer, after the invoke
			if (deltas.size() != layers.opCount() + 2) {
				throw new IllegalStateException(model.name() + ": " + deltas.size() + " marks for " + layers.opCount()
						+ " layers");
			}
			for (int op = 0; op < layers.opCount(); op++) {
				System.out.printf(Locale.ROOT, "%s,%d,%s,%d,%d,%d%n", model.name(), op, layers.opKind(op),
						analysis.macs(op), layers.tensorElements(layers.opOutput(op, 0)), deltas.get(op + 1));
			}
		}
	}
}
