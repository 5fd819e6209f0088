package dev.tinyforge.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.model.QuantizedInterface;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.testing.SharedModel;

/**
 * Figures, not a test: for each shared model, the arena layer by layer and with the patch plan the planner chooses
 * within its default MAC-overhead budget, the plan and its overhead, and the instructions of one inference of the
 * generated ARM_DSP code on a Cortex-M7 (QEMU, instruction-counting plugin) without and with the plan, beside TFLM
 * + CMSIS-NN's arena and instructions from the model's JSON. Run by releng/benchmarks/patches.sh.
 */
public final class PatchBenchmark {

	private PatchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("tinyforge-patch-benchmark");
		Path plugin = QemuBuild.icountPlugin(work);
		NetworkAnalyzer analyzer = new NetworkAnalyzer();
		System.out.printf("Patch-based inference, planner's choice within %.0f%% more MACs; Cortex-M7 (QEMU mps2-an500),"
				+ " arm-none-eabi-gcc -O2, ARM_DSP kernels%n%n", 100 * PatchPlanner.DEFAULT_OVERHEAD);
		String format = "%-26s %9s %9s %9s  %-22s %8s %12s %12s %12s%n";
		System.out.printf(format, "model", "arena", "patched", "TFLM", "plan", "MACs +", "insns", "patched insns",
				"TFLM insns");
		for (SharedModel model : SharedModel.all()) {
			row(model.name(), model.importGraph(), model.runs().get(0).graphInput(), model, analyzer, work, plugin,
					format);
			if (model.description().has("float_io_int8_params")) {
				row(model.name() + " int8", QuantizedInterface.of(model.importGraph()), int8TestInput(model), model, analyzer,
						work, plugin, format);
			}
		}
		System.out.printf("%narena: bytes of the static arena the generated code declares, layer by layer and with "
				+ "the patch plan (TFLM: arena_used_bytes, with its runtime structures); plan: grid and the operators "
				+ "run patch by patch; MACs +: recomputed halo MACs in percent of the network's; insns: instructions "
				+ "between the marks around one invoke (first test input). A float-input model's int8 row is its deploy with "
				+ "'interface int8': from its input QUANTIZE's int8 output to its DEQUANTIZE's int8 input, as "
				+ "TinyEngine's generator runs it (its TFLM figures are the float model's).%n");
	}

	/** One model's line: figures layer by layer and with the planner's choice, beside TFLM's. */
	private static void row(String name, Graph graph, byte[] input, SharedModel model, NetworkAnalyzer analyzer,
			Path work, Path plugin, String format) throws Exception {
		LayerGraph g = IrToLayerGraph.convert(graph);
		NetworkAnalysis layerByLayer = analyzer.analyze(g);
		Optional<PatchPlan> plan = new PatchPlanner(analyzer).choose(g, PatchPlanner.DEFAULT_OVERHEAD);
		JsonObject tflm = model.description().getAsJsonObject("tflm")
				.getAsJsonObject("cortex_m7_cmsis_nn_qemu_mps2_an500");
		long tflmArena = tflm.get("arena_used_bytes_after_AllocateTensors").getAsLong();
		long tflmInstructions = tflm.getAsJsonArray("invoke_instructions_per_test_input").get(0).getAsLong();
		long instructions = instructions(graph, input, null, work.resolve(name), plugin);
		if (plan.isEmpty()) {
			System.out.printf(format, name, layerByLayer.arenaBytes(), "-", tflmArena, "none helps", "-",
					instructions, "-", tflmInstructions);
			return;
		}
		NetworkAnalysis patched = analyzer.analyze(g, plan.get());
		PatchPhase phase = patched.patchPhase().orElseThrow();
		long patchedInstructions = instructions(graph, input, plan.get(), work.resolve(name + "-patched"), plugin);
		String described = plan.get().rows() + "x" + plan.get().columns() + " until #" + plan.get().splitOp()
				+ " (from #" + plan.get().firstOp() + ")";
		System.out.printf(format, name, layerByLayer.arenaBytes(), patched.arenaBytes(), tflmArena, described,
				String.format("%.1f%%", 100 * phase.macOverhead()), instructions, patchedInstructions,
				tflmInstructions);
	}

	private static long instructions(Graph graph, byte[] input, PatchPlan plan, Path directory, Path plugin)
			throws Exception {
		QemuBuild build = QemuBuild.compile(graph, Board.CORTEX_M7, Optimization.SPEED, MemoryPlan.DEFAULT, plan,
				List.of(input),
				QemuBuild.Instrumentation.NONE, Files.createDirectories(directory));
		return CodegenBenchmark.invokeInstructions(build, plugin);
	}

	/** The first test input's int8 values, as its file holds them. */
	private static byte[] int8TestInput(SharedModel model) throws Exception {
		String file = model.description().getAsJsonArray("test_inputs").get(0).getAsJsonObject().get("file")
				.getAsString();
		int bytes = model.description().getAsJsonArray("inputs").get(0).getAsJsonObject().get("bytes").getAsInt() / 4;
		return Arrays.copyOf(Files.readAllBytes(SharedModel.MODELS.resolve(file)), bytes);
	}
}
