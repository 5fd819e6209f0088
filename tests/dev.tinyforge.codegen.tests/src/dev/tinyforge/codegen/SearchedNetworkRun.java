package dev.tinyforge.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.reference.ReferenceInterpreter;

/**
 * A network found by {@code tinyforge search} on an emulated Cortex-M7, not a test: the network of a .tinyml file
 * (written layer by layer, so it gets {@link SyntheticWeights}) generated as ARM_DSP code, built at -O2, run once
 * under QEMU with the instruction-counting plugin. Prints the arena, the instructions per inference and whether
 * the output equals the reference interpreter's. Arguments: FILE.tinyml NETWORK [LAYERS.csv], the last to write
 * the per-layer counts as {@link LayerInstructionCounts} does, e.g. to check the latency model against them.
 */
public final class SearchedNetworkRun {

	private SearchedNetworkRun() {
	}

	public static void main(String[] args) throws Exception {
		String name = args[1];
		Graph graph = DslNetworks.named(Path.of(args[0]), name);
		byte[] input = DslNetworks.randomInput(graph);
		Path work = Files.createTempDirectory("tinyforge-searched-network");
		LayerInstructionCounts.Measurement measurement = LayerInstructionCounts.measure(graph, input,
				Board.CORTEX_M7, work, QemuBuild.icountPlugin(work));
		byte[] expected = new ReferenceInterpreter(graph).invoke(List.of(input)).get(0);
		String printed = measurement.output().lines().filter(line -> line.startsWith("O 0 ")).findFirst()
				.orElseThrow();
		byte[] actual = HexFormat.of().parseHex(printed.substring(4).replace(" ", ""));
		System.out.printf("%s: %d layers, arena %,d B, weights %,d B, %,d instructions per inference (Cortex-M7,"
				+ " QEMU), output %s the reference interpreter's%n", name, graph.getOperators().size(),
				measurement.build().generation.arenaBytes(), graph.getTensors().stream().filter(t -> t.isConstant())
						.mapToLong(Tensors::byteSize).sum(),
				measurement.instructions(), Arrays.equals(expected, actual) ? "equals" : "DIFFERS FROM");
		if (args.length > 2) {
			List<String> lines = new ArrayList<>(List.of(LayerInstructionCounts.HEADER));
			lines.addAll(LayerInstructionCounts.csv(name, graph, measurement));
			Files.write(Path.of(args[2]), lines);
		}
	}
}
