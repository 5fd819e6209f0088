package dev.tinyforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.analysis.patch.PatchPlans;
import org.junit.jupiter.api.Test;

/** The memory and MACs of a patch phase, worked out by hand, and the plans that cannot run. */
class PatchPlanAnalysisTest {

	private final NetworkAnalyzer analyzer = new NetworkAnalyzer();

	/** 16x16x3 -> conv 3x3 -> 16x16x8 -> depthwise 3x3 stride 2 -> 8x8x8 -> pointwise -> 8x8x16 -> + -> pool. */
	private static LayerGraph residualNet() {
		SequentialNet net = new SequentialNet(new LayerGraph.Builder(), 16, 16, 3);
		net.conv("c1", "c1", 8, 3, 1);
		int down = net.depthwise("d1", "d1", 3, 2);
		net.conv("p1", "p1", 8, 1, 1);
		net.add("res", "res", down);
		net.globalAveragePool("pool", "pool");
		return net.build();
	}

	@Test
	void onePatchOfThePrefixIsLiveWithTheInputAndTheWholeSplitOutput() {
		NetworkAnalysis a = analyzer.analyze(residualNet(), new PatchPlan(0, 1, 2, 2));

		// Patch rows of d1's 8x8 output: [0,4) and [4,8); d1 (stride 2, no padding before) reads c1 rows [0,9)
		// and [8,16); c1 (padding 1) reads input rows [0,10) and [7,16). Likewise columns.
		// Step 0: input 768 + d1's output 512 + input window 10x10x3 + c1 window 9x9x8 + im2col 2 * 27 * 2.
		assertEquals(768 + 512 + 300 + 648 + 108, a.liveBytes(0));
		// Step 1: input 768 + d1's output 512 + c1 window 648 + d1's 4x4x8 window 128 + one padded 9x9 channel.
		assertEquals(768 + 512 + 648 + 128 + 81, a.liveBytes(1));
		PatchPhase phase = a.patchPhase().orElseThrow();
		// c1 computes (9 + 8) x (9 + 8) pixels instead of 16 x 16, 216 MACs each; d1 computes its map once.
		assertEquals((17 * 17 - 16 * 16) * 216, phase.extraMacs());
		assertEquals((double) phase.extraMacs() / a.totalMacs(), phase.macOverhead(), 1e-12);
		assertTrue(a.arenaBytes() >= a.maxLiveBytes());
	}

	@Test
	void thePlannerKeepsToTheOverheadBudgetAndNeverLosesToLayerByLayer() {
		LayerGraph g = residualNet();
		long layerByLayer = analyzer.analyze(g).arenaBytes();
		for (double budget : new double[] {0, 0.05, 0.3, 10}) {
			new PatchPlanner(analyzer).choose(g, budget).ifPresent(plan -> {
				NetworkAnalysis patched = analyzer.analyze(g, plan);
				assertTrue(patched.patchPhase().orElseThrow().macOverhead() <= budget, plan + " over " + budget);
				assertTrue(patched.arenaBytes() < layerByLayer, plan + " not below " + layerByLayer);
			});
		}
		// With room for any overhead, c1's 16x16x8 map, the largest, is never whole: c1 and d1 run patch by patch.
		PatchPlan generous = new PatchPlanner(analyzer).choose(g, 10).orElseThrow();
		assertEquals(0, generous.firstOp());
		assertEquals(1, generous.splitOp());
	}

	@Test
	void rejectsPrefixesThatAreNoChainOfWindowsAndGridsFinerThanTheMap() {
		LayerGraph g = residualNet();
		assertProblem(g, new PatchPlan(0, 3, 2, 2), "operator #3 'res' (ADD) cannot run patch by patch");
		assertProblem(g, new PatchPlan(0, 2, 2, 2), "operator #1 'd1' has an output that operators outside the chain");
		assertProblem(g, new PatchPlan(0, 1, 9, 2), "a 9x2 patch grid is finer than the 8x8 output of operator #1 'd1'");
		assertEquals(List.of(), PatchPlans.problems(g, new PatchPlan(0, 1, 8, 8)));
		assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(g, new PatchPlan(0, 3, 2, 2)));
	}

	private static void assertProblem(LayerGraph g, PatchPlan plan, String start) {
		List<String> problems = PatchPlans.problems(g, plan);
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), problems.toString());
	}
}
