package dev.tinyforge.analysis.patch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.testing.SharedModel;
import org.junit.jupiter.api.Test;

/**
 * The planner's choice on the shared models: never a larger arena than layer by layer and never more than the
 * overhead budget. Prints the figures; releng/benchmarks/patches.sh prints them with instruction counts.
 */
class SharedModelPatchesTest {

	@Test
	void chosenPlansBeatLayerByLayerWithinTheBudget() {
		NetworkAnalyzer analyzer = new NetworkAnalyzer();
		PatchPlanner planner = new PatchPlanner(analyzer);
		for (SharedModel model : SharedModel.all()) {
			LayerGraph g = IrToLayerGraph.convert(model.importGraph());
			long layerByLayer = analyzer.analyze(g).arenaBytes();
			Optional<PatchPlan> plan = planner.choose(g, PatchPlanner.DEFAULT_OVERHEAD);
			if (plan.isEmpty()) {
				System.out.printf("%-26s %,9d B, no patch plan helps%n", model.name(), layerByLayer);
				continue;
			}
			NetworkAnalysis patched = analyzer.analyze(g, plan.get());
			PatchPhase phase = patched.patchPhase().orElseThrow();
			System.out.printf("%-26s %,9d B -> %,9d B with %s, MAC overhead %.1f%%%n", model.name(), layerByLayer,
					patched.arenaBytes(), plan.get(), 100 * phase.macOverhead());
			assertTrue(patched.arenaBytes() < layerByLayer, model.name());
			assertTrue(phase.macOverhead() <= PatchPlanner.DEFAULT_OVERHEAD, model.name());
		}
	}
}
