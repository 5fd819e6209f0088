package dev.tinyforge.codegen;

import dev.tinyforge.testing.SharedModel;
import dev.tinyforge.testing.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import dev.tinyforge.model.ir.Graph;

/**
 * Figures, not a test: for each shared model, the generated ARM_DSP code built for a Cortex-M7 at -O2 and run
 * under QEMU with the instruction-counting plugin of shared/tools/qemu-icount, beside TFLM + CMSIS-NN's figures
 * from the model's JSON. Run by releng/benchmarks/codegen.sh; the argument, if any, is a memory plan
 * ({@code DEFAULT}, the analysis as it is, or {@code KERNEL_SCRATCH}).
 */
public final class CodegenBenchmark {

	private static final Pattern MARK = Pattern.compile("icount: mark 2 at insn \\d+ \\(delta (\\d+)\\)");

	private CodegenBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		MemoryPlan plan = args.length > 0 ? MemoryPlan.valueOf(args[0]) : MemoryPlan.DEFAULT;
		Path work = Files.createTempDirectory("tinyforge-codegen-benchmark");
		Path plugin = work.resolve("libicount.so");
		Processes.run(work, 120, List.of("gcc", "-O2", "-shared", "-fPIC", "-fvisibility=hidden", "-o",
				plugin.toString(), QemuBuild.TOOLS.resolve("icount_plugin.c").toAbsolutePath().toString()));
		System.out.printf("Cortex-M7 (QEMU mps2-an500), arm-none-eabi-gcc -O2, ARM_DSP kernels, %s memory plan%n%n",
				plan);
		String format = "%-26s %9s %9s %6s %10s %10s %12s %12s %6s%n";
		System.out.printf(format, "model", "arena", "TFLM", "ratio", "code", "weights", "insns", "TFLM insns",
				"ratio");
		for (SharedModel model : SharedModel.all()) {
			Graph graph = model.importGraph();
			Path directory = Files.createDirectories(work.resolve(model.name()));
			QemuBuild build = QemuBuild.compile(graph, Board.CORTEX_M7, plan,
					List.of(model.runs().get(0).graphInput()), false, directory);
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
		}
		System.out.printf("%narena: bytes of the static arena (TFLM: arena_used_bytes, which includes its runtime "
				+ "structures); code: text+data of the schedule and kernels objects; weights: of the weights object; "
				+ "insns: instructions between the marks around one invoke (first test input).%n");
	}

	private static long invokeInstructions(QemuBuild build, Path plugin) {
		String symbols = Processes.run(build.directory, 60, List.of("arm-none-eabi-nm", build.elf.toString()));
		String mark = symbols.lines().filter(line -> line.endsWith(" icount_mark")).findFirst().orElseThrow()
				.split(" ")[0];
		String output = build.run(plugin + ",mark=0x" + mark);
		Matcher matcher = MARK.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("no instruction count in:\n" + output);
		}
		return Long.parseLong(matcher.group(1));
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
