package dev.tinyforge.codegen;

import dev.tinyforge.testing.SharedModel;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.reference.ReferenceInterpreter;

/**
 * Generated code of a shared model, compiled for the host and run on every test input: every layer's output must
 * equal the reference interpreter's, and the graph outputs TFLM's, byte for byte.
 */
final class HostVerification {

	private HostVerification() {
	}

	static void check(SharedModel model, Target target, Optimization optimization, MemoryPlan plan,
			Path directory) throws Exception {
		check(model, target, optimization, plan, null, directory);
	}

	/** @param patches the layers to run patch by patch, null for none: then only the split layer's output is whole */
	static void check(SharedModel model, Target target, Optimization optimization, MemoryPlan plan,
			PatchPlan patches, Path directory) throws Exception {
		check(model.importGraph(), model.runs(), target, optimization, plan, patches, directory);
	}

	/** @param runs inputs of {@code graph}, a shared model or a variant of it, and TFLM's outputs for them */
	static GenerationResult check(Graph graph, List<SharedModel.Run> runs, Target target, Optimization optimization,
			MemoryPlan plan, PatchPlan patches, Path directory) throws Exception {
		HostBuild build = HostBuild.compile(graph, target, optimization, plan, patches, directory);
		ByteArrayOutputStream inputs = new ByteArrayOutputStream();
		runs.forEach(run -> inputs.writeBytes(run.graphInput()));
		byte[] layers = build.run(inputs.toByteArray());
		ReferenceInterpreter interpreter = new ReferenceInterpreter(graph);
		int offset = 0;
		for (SharedModel.Run run : runs) {
			List<byte[]> expected = ReferenceLayers.run(interpreter, run.graphInput());
			int start = offset;
			String name = run.model().name() + " " + run.label();
			offset = LayerComparison.assertLayersEqual(name, build.generation.layers(), layers, offset, expected);
			for (int i = 0; i < run.expectedInt8Outputs().size(); i++) {
				byte[] tflm = run.expectedInt8Outputs().get(i);
				int layerStart = start + bytesBefore(build.generation.layers(), expected,
						ReferenceLayers.int8OutputLayer(graph, i));
				byte[] actual = Arrays.copyOfRange(layers, layerStart, layerStart + tflm.length);
				if (!Arrays.equals(tflm, actual)) {
					throw new AssertionError(name + ": output " + i + " is " + Arrays.toString(actual) + ", TFLM gave "
							+ Arrays.toString(tflm));
				}
			}
		}
		return build.generation;
	}

	/** The bytes the layer callback wrote before {@code layer}'s: of the layers whose whole output it saw. */
	private static int bytesBefore(List<LayerReport> reports, List<byte[]> layers, int layer) {
		int bytes = 0;
		for (int l = 0; l < layer; l++) {
			bytes += reports.get(l).outputWhole() ? layers.get(l).length : 0;
		}
		return bytes;
	}
}
