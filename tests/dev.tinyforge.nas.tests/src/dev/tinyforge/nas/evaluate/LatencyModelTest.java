package dev.tinyforge.nas.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.nas.TestSpaces;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.SubnetSampler;

/** The calibrated Cortex-M7 model: operators cost by their MACs and outputs, time is instructions over the clock. */
class LatencyModelTest {

	private final ElasticSpace space = TestSpaces.mcunet(new double[] {0.5}, new int[] {96}, 10);
	private final LayerGraph graph = new SubnetGraphBuilder(space)
			.build(new SubnetSampler(space).sample(new SplittableRandom(4), 0.5, 96));
	private final NetworkAnalysis analysis = new NetworkAnalyzer().analyze(graph);

	@Test
	void onlyCalibratedCoresHaveAModel() {
		assertTrue(LatencyModel.forCore("cortex-m7").isPresent());
		assertTrue(LatencyModel.forCore("riscv32").isEmpty());
	}

	@Test
	void convolutionsCostMoreThanTheirMacsAndTheNetworkSumsItsOperators() {
		LatencyModel model = LatencyModel.forCore("cortex-m7").orElseThrow();
		double sum = 0;
		for (int op = 0; op < graph.opCount(); op++) {
			double instructions = model.instructions(graph, analysis, op);
			if (graph.opKind(op) == OpKind.CONV_2D || graph.opKind(op) == OpKind.DEPTHWISE_CONV_2D) {
				assertTrue(instructions > analysis.macs(op), graph.opName(op));
			}
			sum += instructions;
		}
		assertEquals(sum, model.instructions(graph, analysis), 1e-6 * sum);
		LatencyEstimator at216MHz = new LatencyEstimator(model, 216e6);
		assertEquals(sum / 216e3, at216MHz.millis(graph, analysis), 1e-9 * sum);
		assertTrue(Double.isNaN(LatencyEstimator.NONE.millis(graph, analysis)));
	}
}
