package dev.tinyforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tinyforge.testing.SharedModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.ReferenceInterpreter;

/**
 * Generated ARM_DSP code of a shared model run on an emulated Cortex-M (the SIMD path): every layer's output hash
 * must equal the hash of the reference interpreter's, and every output TFLM's (a float output the DEQUANTIZE of
 * TFLM's int8 values).
 */
final class QemuVerification {

	private QemuVerification() {
	}

	static void check(SharedModel model, Board board, Optimization optimization, MemoryPlan plan, int runCount,
			Path directory) throws Exception {
		check(model, board, optimization, plan, null, runCount, directory);
	}

	/** @param patches the layers to run patch by patch, null for none: then only the split layer's output is whole */
	static void check(SharedModel model, Board board, Optimization optimization, MemoryPlan plan,
			PatchPlan patches, int runCount, Path directory) throws Exception {
		Graph graph = model.importGraph();
		List<SharedModel.Run> runs = model.runs().subList(0, runCount);
		List<byte[]> inputs = runs.stream().map(SharedModel.Run::graphInput).toList();
		QemuBuild build = QemuBuild.compile(graph, board, optimization, plan, patches, inputs,
				QemuBuild.Instrumentation.LAYER_HASHES, directory);
		List<String> lines = build.run(null).lines().filter(line -> line.startsWith("L ") || line.startsWith("O "))
				.toList();
		ReferenceInterpreter interpreter = new ReferenceInterpreter(graph);
		int line = 0;
		for (SharedModel.Run run : runs) {
			String what = model.name() + " " + run.label() + " on " + board + " with the " + plan + " plan, for "
					+ optimization;
			List<byte[]> expected = ReferenceLayers.run(interpreter, run.graphInput());
			for (int layer = 0; layer < expected.size(); layer++) {
				if (!build.generation.layers().get(layer).outputWhole()) {
					continue;
				}
				String expectedLine = String.format("L %d %08x", layer, fnv1a(expected.get(layer)));
				if (!expectedLine.equals(lines.get(line++))) {
					LayerReport report = build.generation.layers().get(layer);
					throw new AssertionError(what + ": layer " + layer + " (" + report.op() + " '" + report.name()
							+ "', kernel " + report.kernel() + ") differs from the reference");
				}
			}
			for (int i = 0; i < graph.getOutputs().size(); i++) {
				byte[] actual = hexBytes(lines.get(line++));
				byte[] wanted = tflmBytes(graph, graph.getOutputs().get(i), run.expectedInt8Outputs().get(i));
				if (!Arrays.equals(wanted, actual)) {
					throw new AssertionError(what + ": output " + i + " is " + Arrays.toString(actual) + ", TFLM gave "
							+ Arrays.toString(wanted));
				}
			}
		}
	}

	/** TFLM's int8 output as the graph output's bytes: as is, or dequantized as DEQUANTIZE does it. */
	private static byte[] tflmBytes(Graph graph, Tensor output, byte[] int8) {
		if (output.getDataType() != DataType.FLOAT32) {
			return int8;
		}
		Tensor quantized = graph.getOperators().stream().filter(op -> op.getOutputs().get(0) == output)
				.findFirst().orElseThrow().getInputs().get(0);
		double scale = quantized.getQuantization().getScale().get(0);
		long zeroPoint = quantized.getQuantization().getZeroPoint().get(0);
		ByteBuffer floats = ByteBuffer.allocate(4 * int8.length).order(ByteOrder.LITTLE_ENDIAN);
		for (byte q : int8) {
			floats.putFloat((float) (scale * (q - zeroPoint)));
		}
		return floats.array();
	}

	/**
	 * Runs a build with {@link QemuBuild.Instrumentation#LAYER_HASHES} on {@code input} and compares each layer's
	 * hash with the reference interpreter's output.
	 */
	static void assertLayerHashesMatch(Graph graph, QemuBuild build, byte[] input) {
		List<String> lines = build.run(null).lines().filter(line -> line.startsWith("L ")).toList();
		List<byte[]> expected = ReferenceLayers.run(new ReferenceInterpreter(graph), input);
		for (int layer = 0; layer < expected.size(); layer++) {
			assertEquals(String.format("L %d %08x", layer, fnv1a(expected.get(layer))),
					lines.get(layer), "layer " + layer);
		}
	}

	static int fnv1a(byte[] bytes) {
		int hash = 0x811c9dc5;
		for (byte b : bytes) {
			hash = (hash ^ (b & 0xff)) * 16777619;
		}
		return hash;
	}

	private static byte[] hexBytes(String line) {
		String[] fields = line.split(" ");
		byte[] bytes = new byte[fields.length - 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(fields[i + 2], 16);
		}
		return bytes;
	}
}
