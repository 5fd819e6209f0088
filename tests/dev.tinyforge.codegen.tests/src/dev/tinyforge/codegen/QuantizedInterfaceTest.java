package dev.tinyforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.model.QuantizedInterface;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.reference.ReferenceInterpreter;
import dev.tinyforge.testing.SharedModel;

/**
 * {@code interface int8}: tinyengine_vww, whose float input is quantized first and whose output is dequantized last,
 * generated without those two operators and run patch by patch as the planner chooses. Fed the int8 tensors the
 * reference interpreter's QUANTIZE makes of the test inputs, every layer equals the reference interpreter's and the
 * output TFLM's int8 output, and the arena is the analysis' of the int8 network.
 */
class QuantizedInterfaceTest {

	@Test
	void tinyEngineVwwFromItsInt8InputIsBitExact(@TempDir Path directory) throws Exception {
		SharedModel model = SharedModel.all().stream().filter(m -> m.name().equals("tinyengine_vww")).findFirst()
				.orElseThrow();
		Graph original = model.importGraph();
		assertTrue(QuantizedInterface.changes(original));
		Graph graph = QuantizedInterface.of(original);
		assertEquals(original.getOperators().size() - 2, graph.getOperators().size());
		assertEquals(DataType.INT8, graph.getInputs().get(0).getDataType());
		assertEquals(DataType.INT8, graph.getOutputs().get(0).getDataType());
		assertEquals(DataType.FLOAT32, original.getInputs().get(0).getDataType(), "the model itself is unchanged");

		assertInstanceOf(Quantize.class, original.getOperators().get(0));
		ReferenceInterpreter quantizer = new ReferenceInterpreter(original);
		List<SharedModel.Run> runs = model.runs().stream().map(run -> new SharedModel.Run(model, run.label(),
				ReferenceLayers.run(quantizer, run.graphInput()).get(0), run.expectedInt8Outputs())).toList();

		LayerGraph g = IrToLayerGraph.convert(graph);
		PatchPlan plan = new PatchPlanner(new NetworkAnalyzer()).choose(g, PatchPlanner.DEFAULT_OVERHEAD).orElseThrow();
		GenerationResult result = HostVerification.check(graph, runs, Target.PORTABLE, Optimization.SIZE,
				MemoryPlan.DEFAULT, plan, directory);
		assertEquals(new NetworkAnalyzer().analyze(g, plan).arenaBytes(), result.arenaBytes());
	}
}
