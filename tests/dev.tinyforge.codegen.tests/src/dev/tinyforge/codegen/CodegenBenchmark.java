package dev.tinyforge.codegen;

import dev.tinyforge.testing.SharedModel;
import dev.tinyforge.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import dev.tinyforge.codegen.QemuBuild.Instrumentation;
import dev.tinyforge.model.ir.Graph;

/**
 * Figures, not a test: for each shared model, the generated ARM_DSP code built for a Cortex-M7 at -O2 and run under
 * QEMU with the instruction-counting plugin of shared/tools/qemu-icount, beside TFLM + CMSIS-NN's figures from the
 * model's JSON. Run by releng/benchmarks/codegen.sh; the arguments, all optional, are a memory plan ({@code DEFAULT},
 * the analysis as it is, or {@code KERNEL_SCRATCH}), an {@link Optimization} ({@code SPEED} unless {@code SIZE}) and
 * {@code --layers}, which also prints each layer's instructions (counted between marks its layer callback sets, so each
 * includes the few instructions of one callback).
 */
public final class CodegenBenchmark {

	private static final String LAYERS = "--layers";

	private CodegenBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(args));
		boolean layers = arguments.remove(LAYERS);
		Optimization optimization = arguments.remove(Optimization.SIZE.name()) ? Optimization.SIZE
				: Optimization.SPEED;
		arguments.remove(Optimization.SPEED.name());
		MemoryPlan plan = arguments.isEmpty() ? MemoryPlan.DEFAULT : MemoryPlan.valueOf(arguments.get(0));
		Path work = Files.createTempDirectory("tinyforge-codegen-benchmark");
		Path plugin = QemuBuild.icountPlugin(work);
		System.out.printf("Cortex-M7 (QEMU mps2-an500), arm-none-eabi-gcc -O2, ARM_DSP kernels for %s, %s memory "
				+ "plan%n%n", optimization, plan);
		String format = "%-26s %9s %9s %6s %10s %10s %12s %12s %6s%n";
		StringBuilder layerTables = new StringBuilder();
		System.out.printf(format, "model", "arena", "TFLM", "ratio", "code", "weights", "insns", "TFLM insns",
				"ratio");
		for (SharedModel model : SharedModel.all()) {
			Graph graph = model.importGraph();
			Path directory = Files.createDirectories(work.resolve(model.name()));
			List<byte[]> input = List.of(model.runs().get(0).graphInput());
			QemuBuild build = QemuBuild.compile(graph, Board.CORTEX_M7, optimization, plan, input,
					Instrumentation.NONE, directory);
			long instructions = invokeInstructions(build, plugin);
			long code = sizeOf(build, "model.c") + sizeOf(build, "model_kernels.c");
			long weights = sizeOf(build, "model_weights.c");
			JsonObject tflm = model.description().getAsJsonObject("tflm")
					.getAsJsonObject("cortex_m7_cmsis_nn_qemu_mps2_an500");
			long tflmArena = tflm.get("arena_used_bytes_after_AllocateTensors").getAsLong();
			long tflmInstructions = tflm.getAsJsonArray("invoke_instructions_per_test_input").get(0).getAsLong();
			System.out.printf(format, model.name(), build.generation.arenaBytes(), tflmArena,
					ratio(build.generation.arenaBytes(), tflmArena), code, weights, instructions, tflmInstructions,
					ratio(instructions, tflmInstructions));
			if (layers) {
				QemuBuild marked = QemuBuild.compile(graph, Board.CORTEX_M7, optimization, plan, input,
						Instrumentation.LAYER_MARKS, Files.createDirectories(directory.resolve("layers")));
				layerTable(layerTables, model.name(), marked, plugin);
			}
		}
		System.out.print(layerTables);
		System.out.printf("%narena: bytes of the static arena (TFLM: arena_used_bytes, which includes its runtime "
				+ "structures); code: text+data of the schedule and kernels objects; weights: of the weights object; "
				+ "insns: instructions between the marks around one invoke (first test input).%n");
	}

	private static void layerTable(StringBuilder table, String model, QemuBuild build, Path plugin) {
		List<Long> marks = markDeltas(build, plugin);
		// one mark per layer that runs code, then the rest of the invoke
		List<Long> deltas = build.layerInstructions(marks.subList(0, marks.size() - 1));
		long total = marks.stream().mapToLong(Long::longValue).sum();
		table.append(String.format("%n%s%n%-5s %-18s %-12s %-14s %12s %6s%n", model, "layer", "op", "shape",
				"kernel", "insns", "share"));
		for (LayerReport layer : build.generation.layers()) {
			long instructions = deltas.get(layer.index());
			table.append(String.format("%-5d %-18s %-12s %-14s %12d %5.1f%%%n", layer.index(), layer.op(),
					layer.outputShape(), layer.kernel().replaceFirst("^model_", ""), instructions,
					100.0 * instructions / total));
		}
	}

	/** Instructions between the marks around one invoke of a build without layer marks. */
	static long invokeInstructions(QemuBuild build, Path plugin) {
		return markDeltas(build, plugin).get(0);
	}

	/**
	 * The instructions between each mark after the invoke started and the one before it: one figure per
	 * invoke, or with {@link Instrumentation#LAYER_MARKS} one per layer and the rest of the invoke.
	 */
	private static List<Long> markDeltas(QemuBuild build, Path plugin) {
		String output = build.runCountingInstructions(plugin);
		List<Long> deltas = QemuBuild.marks(output).stream().filter(mark -> mark.id() != 1)
				.map(QemuBuild.Mark::delta).toList();
		if (deltas.isEmpty()) {
			throw new IllegalStateException("no instruction count in:\n" + output);
		}
		return deltas;
	}

	/** text + data of one generated file compiled alone for the Cortex-M7. */
	private static long sizeOf(QemuBuild build, String file) {
		Path sources = build.directory.resolve("src");
		Path object = build.directory.resolve(file + ".o");
		List<String> compile = new ArrayList<>(List.of("arm-none-eabi-gcc"));
		compile.addAll(build.board.cpuFlags);
		compile.addAll(List.of("-O2", "-std=c99", "-c", "-o", object.toString(), file));
		Processes.run(sources, 120, compile);
		String[] sizes = Processes.run(sources, 60, List.of("arm-none-eabi-size", object.toString())).lines()
				.skip(1).findFirst().orElseThrow().trim().split("\\s+");
		return Long.parseLong(sizes[0]) + Long.parseLong(sizes[1]);
	}

	private static String ratio(long ours, long theirs) {
		return String.format("%.2f", (double) ours / theirs);
	}
}
