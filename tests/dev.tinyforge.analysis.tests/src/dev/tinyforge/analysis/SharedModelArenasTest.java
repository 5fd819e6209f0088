package dev.tinyforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.tinyforge.analysis.cost.KernelScratchModel;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.analysis.memory.BestOfPlanner;
import dev.tinyforge.analysis.memory.CodegenInPlacePolicy;
import dev.tinyforge.analysis.memory.GreedyByBreadthPlanner;
import dev.tinyforge.analysis.memory.GreedyBySizePlanner;
import dev.tinyforge.analysis.memory.InPlacePolicy;
import dev.tinyforge.analysis.memory.MemoryPlanner;
import dev.tinyforge.analysis.memory.PingPongPlanner;
import dev.tinyforge.tflite.TfliteImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The arena of the seven real models in shared/models (see its README.txt) against the TFLM arena
 * measured on a Cortex-M7, printed per planner with the lower bound, the most bytes live at one step.
 * Tests run in their module folder; {@code -Dtinyforge.models=<folder>} points elsewhere.
 */
class SharedModelArenasTest {

	private static final List<String> MODELS = List.of("hello_world_int8", "micro_speech_quantized",
			"mlperf_tiny_ad01_int8", "mlperf_tiny_kws_ref_model", "mlperf_tiny_vww_96_int8", "person_detect",
			"tinyengine_vww");

	/**
	 * Upper bounds beyond the TFLM arena. person_detect: the widest pointwise convolution's 48x48x8 input and
	 * 48x48x16 output are 55,296 bytes. tinyengine_vww: 78,564, the 40x40x48 map the stride-2 depthwise writes
	 * over plus its 42x42 padded channel: its PAD is fused into it, the 1x1 convolution from 40x40x8 before reads
	 * its input from the end of its output, and the float input is quantized in place (TinyEngine's own
	 * generator: 93,992).
	 */
	private static final Map<String, Long> BOUNDS = Map.of("person_detect", 56_500L, "tinyengine_vww", 88_000L);

	private static final List<Map.Entry<String, Supplier<MemoryPlanner>>> HEURISTICS = List.of(
			Map.entry("size", GreedyBySizePlanner::new), Map.entry("breadth", GreedyByBreadthPlanner::new),
			Map.entry("ping-pong", PingPongPlanner::new));

	@Test
	void everyModelFitsTheArenaTflmNeedsAndThePlanReachesTheLowerBound() throws Exception {
		List<String> problems = new ArrayList<>();
		System.out.printf("%-26s %9s %9s %9s %9s %9s %9s %9s%n", "arena bytes", "no alias", "size", "breadth",
				"ping-pong", "best", "bound", "TFLM M7");
		for (String model : MODELS) {
			LayerGraph g = IrToLayerGraph.convert(TfliteImporter.read(directory().resolve(model + ".tflite")));
			NetworkAnalysis best = new NetworkAnalyzer().analyze(g);
			long tflm = tflmArena(model);
			StringBuilder row = new StringBuilder(String.format("%-26s %,9d", model,
					arena(g, InPlacePolicy.NONE, new GreedyBySizePlanner())));
			for (Map.Entry<String, Supplier<MemoryPlanner>> heuristic : HEURISTICS) {
				long arena = arena(g, new CodegenInPlacePolicy(), heuristic.getValue().get());
				row.append(String.format(" %,9d", arena));
				check(best.arenaBytes() <= arena, model + ": best of above " + heuristic.getKey(), problems);
			}
			row.append(String.format(" %,9d %,9d %,9d", best.arenaBytes(), best.maxLiveBytes(), tflm));
			System.out.println(row);
			long bound = Math.min(tflm, BOUNDS.getOrDefault(model, Long.MAX_VALUE));
			check(best.arenaBytes() <= bound, model + ": arena " + best.arenaBytes() + " above " + bound, problems);
			// the bound counts the buffers live at the peak unaligned, the arena each rounded up to 4 bytes
			check(best.arenaBytes() < best.maxLiveBytes() + 16, model + ": plan above the lower bound", problems);
		}
		assertEquals(List.of(), problems);
	}

	private static void check(boolean holds, String problem, List<String> problems) {
		if (!holds) {
			problems.add(problem);
		}
	}

	private static long arena(LayerGraph g, InPlacePolicy policy, MemoryPlanner planner) {
		return new NetworkAnalyzer(new KernelScratchModel(), policy, planner).analyze(g).arenaBytes();
	}

	/** {@code tflm.cortex_m7_cmsis_nn_qemu_mps2_an500.arena_used_bytes_after_AllocateTensors} of the model's JSON. */
	private static long tflmArena(String model) throws IOException {
		return JsonParser.parseString(Files.readString(directory().resolve(model + ".json"))).getAsJsonObject()
				.getAsJsonObject("tflm").getAsJsonObject("cortex_m7_cmsis_nn_qemu_mps2_an500")
				.get("arena_used_bytes_after_AllocateTensors").getAsLong();
	}

	private static Path directory() {
		String configured = System.getProperty("tinyforge.models");
		Path folder = Path.of(configured != null ? configured : "../../../shared/models");
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("no shared models at " + folder.toAbsolutePath()
					+ "; set -Dtinyforge.models=<folder>");
		}
		return folder;
	}
}
