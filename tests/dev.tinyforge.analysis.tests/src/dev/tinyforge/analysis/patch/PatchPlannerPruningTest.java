package dev.tinyforge.analysis.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.testing.SharedModel;

/**
 * The planner skips splits and grids that cannot win; its choices must be the ones trying every split and every grid
 * gives, on random window stacks (several budgets; for the cheapest fitting plan, random arena limits) and on the
 * shared models.
 */
class PatchPlannerPruningTest {

	private static final double[] BUDGETS = {0.05, 0.3, 1.0};

	private final NetworkAnalyzer analyzer = new NetworkAnalyzer();
	private final PatchPlanner planner = new PatchPlanner(analyzer);

	@Test
	void randomStacksGetTheExhaustiveChoice() {
		Random random = new Random(20261124);
		RandomWindowStack stacks = new RandomWindowStack(random);
		for (int i = 0; i < 400; i++) {
			LayerGraph g = stacks.build(2 + random.nextInt(7));
			long layerByLayer = analyzer.analyze(g).arenaBytes();
			long limit = layerByLayer / 2 + random.nextInt((int) layerByLayer);
			for (double budget : BUDGETS) {
				assertEquals(exhaustive(g, budget), planner.choose(g, budget), "stack " + i + ", budget " + budget);
				assertEquals(exhaustiveCheapest(g, budget, limit), planner.cheapestFitting(g, budget, limit), "stack " + i
						+ ", budget " + budget + ", limit " + limit);
			}
		}
	}

	@Test
	void sharedModelsGetTheExhaustiveChoice() {
		for (SharedModel model : SharedModel.all()) {
			LayerGraph g = IrToLayerGraph.convert(model.importGraph());
			assertEquals(exhaustive(g, PatchPlanner.DEFAULT_OVERHEAD),
					planner.choose(g, PatchPlanner.DEFAULT_OVERHEAD), model.name());
		}
	}

	/** Every valid plan analysed; the smallest arena within the budget, fewer MACs on ties, and none if no gain. */
	private Optional<PatchPlan> exhaustive(LayerGraph g, double budget) {
		long bestArena = analyzer.analyze(g).arenaBytes();
		long bestMacs = Long.MAX_VALUE;
		PatchPlan best = null;
		for (PatchPlan plan : validPlans(g)) {
			NetworkAnalysis analysis = analyzer.analyze(g, plan);
			PatchPhase phase = analysis.patchPhase().orElseThrow();
			if (phase.macOverhead() > budget) {
				continue;
			}
			long arena = analysis.arenaBytes();
			if (arena < bestArena || arena == bestArena && best != null && phase.executedMacs() < bestMacs) {
				best = plan;
				bestArena = arena;
				bestMacs = phase.executedMacs();
			}
		}
		return Optional.ofNullable(best);
	}

	/** Every valid plan analysed; the fewest recomputed MACs within the budget and the limit, smaller arena on ties. */
	private Optional<PatchPlan> exhaustiveCheapest(LayerGraph g, double budget, long arenaLimit) {
		PatchPlan best = null;
		long bestExtra = Long.MAX_VALUE;
		long bestArena = Long.MAX_VALUE;
		for (PatchPlan plan : validPlans(g)) {
			NetworkAnalysis analysis = analyzer.analyze(g, plan);
			PatchPhase phase = analysis.patchPhase().orElseThrow();
			long arena = analysis.arenaBytes();
			if (phase.macOverhead() > budget || arena > arenaLimit) {
				continue;
			}
			if (phase.extraMacs() < bestExtra || phase.extraMacs() == bestExtra && arena < bestArena) {
				best = plan;
				bestExtra = phase.extraMacs();
				bestArena = arena;
			}
		}
		return Optional.ofNullable(best);
	}

	private static List<PatchPlan> validPlans(LayerGraph g) {
		List<PatchPlan> plans = new ArrayList<>();
		for (int split = 0; split < g.opCount(); split++) {
			int first = PatchPlans.longestPrefixStart(g, split);
			for (int n = 2; first >= 0 && n <= PatchPlanner.MAX_GRID; n++) {
				PatchPlan plan = new PatchPlan(first, split, n, n);
				if (PatchPlans.problems(g, plan).isEmpty()) {
					plans.add(plan);
				}
			}
		}
		return plans;
	}
}
