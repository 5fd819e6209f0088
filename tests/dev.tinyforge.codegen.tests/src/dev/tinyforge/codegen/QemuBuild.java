package dev.tinyforge.codegen;

import dev.tinyforge.testing.SharedModel;
import dev.tinyforge.testing.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Tensor;

/**
 * Generated ARM_DSP code cross-compiled for a Cortex-M board with the bare-metal startup of
 * shared/tools/qemu-icount, the test inputs embedded as a constant array. Run under QEMU it prints, per
 * inference, every output's bytes ({@code O index hex...}) and, if built with {@link Instrumentation#LAYER_HASHES},
 * an FNV-1a hash of every layer's output ({@code L layer hash}). {@code icount_mark} is called right before and
 * after each invoke, for the instruction-counting plugin, and with {@link Instrumentation#LAYER_MARKS} after
 * every layer too.
 */
final class QemuBuild {

	static final Path TOOLS = SharedModel.SHARED.resolve("tools/qemu-icount");
	private static final Pattern MARK = Pattern.compile("icount: mark (\\d+) at insn \\d+ \\(delta (\\d+)\\)");
	private static final String PREFIX = "model";
	private static final String MAIN = """
			#include <stdint.h>
			#include <stdio.h>
			#include "model.h"

			extern const uint8_t test_inputs[];
			extern const unsigned test_input_count;

			__attribute__((noinline)) void icount_mark(int id)
			{
				__asm volatile("" ::"r"(id));
			}

			#ifdef LAYER_HASHES
			static void hash_layer(int layer, const char *name, const void *data, size_t bytes, void *user)
			{
				const uint8_t *p = data;
				uint32_t hash = 2166136261u;
				size_t i;
				(void)name;
				(void)user;
				for (i = 0; i < bytes; i++) {
					hash = (hash ^ p[i]) * 16777619u;
				}
				printf("L %d %08lx\\n", layer, (unsigned long)hash);
			}
			#endif

			#ifdef LAYER_MARKS
			static void mark_layer(int layer, const char *name, const void *data, size_t bytes, void *user)
			{
				(void)name;
				(void)data;
				(void)bytes;
				(void)user;
				icount_mark(100 + layer);
			}
			#endif

			static void print_bytes(const char *tag, int index, const void *data, size_t bytes)
			{
				const uint8_t *p = data;
				size_t i;
				printf("%s %d", tag, index);
				for (i = 0; i < bytes; i++) {
					printf(" %02x", p[i]);
				}
				printf("\\n");
			}

			int main(void)
			{
				static const size_t output_bytes[] = OUTPUT_BYTES;
				unsigned run;
				int o;
				model_init();
			#ifdef LAYER_HASHES
				model_set_layer_callback(hash_layer, NULL);
			#endif
			#ifdef LAYER_MARKS
				model_set_layer_callback(mark_layer, NULL);
			#endif
				for (run = 0; run < test_input_count; run++) {
					void *input = MODEL_INPUT0_IS_FLOAT ? (void *)model_input_float(0) : (void *)model_input(0);
					memcpy(input, test_inputs + run * MODEL_INPUT0_BYTES, MODEL_INPUT0_BYTES);
					icount_mark(1);
					model_invoke();
					icount_mark(2);
					for (o = 0; o < MODEL_OUTPUT_COUNT; o++) {
						void *output = model_output(o) ? (void *)model_output(o) : (void *)model_output_float(o);
						print_bytes("O", o, output, output_bytes[o]);
					}
				}
				printf("END\\n");
				return 0;
			}
			""";

	final Path directory;
	final Path elf;
	final Board board;
	final GenerationResult generation;

	private QemuBuild(Path directory, Path elf, Board board, GenerationResult generation) {
		this.directory = directory;
		this.elf = elf;
		this.board = board;
		this.generation = generation;
	}

	/** What the program does after each layer, through the layer callback. */
	enum Instrumentation {
		NONE, LAYER_HASHES, LAYER_MARKS
	}

	static QemuBuild compile(Graph graph, Board board, Optimization optimization, MemoryPlan plan,
			List<byte[]> inputs, Instrumentation instrumentation, Path directory) throws IOException {
		return compile(graph, board, optimization, plan, null, inputs, instrumentation, directory);
	}

	/** @param patches the layers to run patch by patch, null for none */
	static QemuBuild compile(Graph graph, Board board, Optimization optimization, MemoryPlan plan,
			PatchPlan patches, List<byte[]> inputs, Instrumentation instrumentation, Path directory)
			throws IOException {
		Path sources = directory.resolve("src");
		GenerationResult generation = CodeGenerator.generate(graph,
				new CodegenOptions(PREFIX, Target.ARM_DSP, optimization, instrumentation != Instrumentation.NONE),
				plan.analyzer(), patches, sources);
		StringBuilder outputBytes = new StringBuilder("{");
		for (Tensor output : graph.getOutputs()) {
			outputBytes.append(outputBytes.length() > 1 ? ", " : " ").append(Tensors.byteSize(output));
		}
		Files.writeString(sources.resolve("main.c"), "#include <string.h>\n#define OUTPUT_BYTES " + outputBytes
				+ " }\n" + MAIN);
		Files.writeString(sources.resolve("inputs.c"), inputsSource(inputs));
		Path elf = directory.resolve("model.elf");
		List<String> command = new ArrayList<>(List.of("arm-none-eabi-gcc"));
		command.addAll(board.cpuFlags);
		command.addAll(List.of("-O2", "-std=c99", "-Wall", "-Wextra", "-Werror"));
		if (instrumentation != Instrumentation.NONE) {
			command.add("-D" + instrumentation);
		}
		command.addAll(List.of("-o", elf.toString(), "main.c", "inputs.c", PREFIX + ".c", PREFIX + "_kernels.c",
				PREFIX + "_weights.c", TOOLS.resolve("startup.c").toAbsolutePath().toString(), "-T",
				TOOLS.resolve("mps2.ld").toAbsolutePath().toString(), "-nostartfiles", "--specs=rdimon.specs",
				"-Wl,--gc-sections"));
		Processes.run(sources, 300, command);
		return new QemuBuild(directory, elf, board, generation);
	}

	private static String inputsSource(List<byte[]> inputs) {
		StringBuilder source = new StringBuilder("#include <stdint.h>\n\nconst unsigned test_input_count = ")
				.append(inputs.size()).append(";\nconst uint8_t test_inputs[] = {");
		int count = 0;
		for (byte[] input : inputs) {
			for (byte value : input) {
				source.append(count++ % 24 == 0 ? "\n\t" : " ").append(value & 0xff).append(',');
			}
		}
		return source.append("\n};\n").toString();
	}

	/** Builds shared/tools/qemu-icount's instruction-counting plugin into {@code folder}. */
	static Path icountPlugin(Path folder) {
		Path plugin = folder.resolve("libicount.so");
		Processes.run(folder, 120, List.of("gcc", "-O2", "-shared", "-fPIC", "-fvisibility=hidden", "-o",
				plugin.toString(), TOOLS.resolve("icount_plugin.c").toAbsolutePath().toString()));
		return plugin;
	}

	/** One mark the instruction-counting plugin printed: its id and the instructions since the previous mark. */
	/**
	 * Each layer's instructions from the deltas of a {@link Instrumentation#LAYER_MARKS} build's layer marks, in
	 * layer order: a layer fused into another sets no mark and costs nothing of its own (the layer it is fused into
	 * does its work).
	 */
	List<Long> layerInstructions(List<Long> layerMarkDeltas) {
		List<LayerReport> layers = generation.layers();
		long marked = layers.stream().filter(layer -> layer.fusedInto() < 0).count();
		if (layerMarkDeltas.size() != marked) {
			throw new IllegalStateException(layerMarkDeltas.size() + " layer marks for " + marked
					+ " layers that run code");
		}
		List<Long> instructions = new ArrayList<>();
		Iterator<Long> deltas = layerMarkDeltas.iterator();
		for (LayerReport layer : layers) {
			instructions.add(layer.fusedInto() < 0 ? deltas.next() : 0L);
		}
		return instructions;
	}

	record Mark(int id, long delta) {
	}

	/** The marks in a program's output, in the order they were passed. */
	static List<Mark> marks(String output) {
		List<Mark> marks = new ArrayList<>();
		Matcher matcher = MARK.matcher(output);
		while (matcher.find()) {
			marks.add(new Mark(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))));
		}
		return marks;
	}

	/**
	 * Runs the program under QEMU with the plugin counting instructions, which prints
	 * {@code icount: mark N at insn X (delta D)} each time {@code icount_mark} is entered.
	 */
	String runCountingInstructions(Path plugin) {
		String symbols = Processes.run(directory, 60, List.of("arm-none-eabi-nm", elf.toString()));
		String mark = symbols.lines().filter(line -> line.endsWith(" icount_mark")).findFirst().orElseThrow()
				.split(" ")[0];
		return run(plugin + ",mark=0x" + mark);
	}

	/** Runs the program under QEMU; {@code plugin}, if not null, is passed as {@code -plugin} with {@code -d plugin}. */
	String run(String plugin) {
		List<String> command = new ArrayList<>(List.of("timeout", "120", "qemu-system-arm", "-M", board.machine,
				"-nographic", "-semihosting-config", "enable=on,target=native"));
		if (plugin != null) {
			command.addAll(List.of("-plugin", plugin, "-d", "plugin"));
		}
		command.addAll(List.of("-kernel", elf.toString()));
		String output = Processes.run(directory, 150, command);
		if (!output.contains("END")) {
			throw new AssertionError("the program did not finish under QEMU:\n" + output);
		}
		return output;
	}
}
