package dev.tinyforge.analysis.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.cost.OperatorCosts;
import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * Chooses a patch plan: every operator that can end a prefix, with the longest prefix ending there, and square
 * grids from 2x2 up to {@value #MAX_GRID}x{@value #MAX_GRID} (as MCUNetV2 searches them); the plan with the
 * smallest arena whose {@linkplain PatchPhase#macOverhead MAC overhead} stays within the budget, fewer MACs on
 * ties. A plan whose arena is not smaller than layer by layer is never chosen.
 * <p>
 * The search skips work without changing its result (a test compares it with trying every plan): a plan's MAC
 * overhead comes from its tiling before its memory is planned, and the operators after the split run layer by
 * layer whatever the grid, so once their live bytes exceed the best arena so far no other grid of that split can
 * win. TinyNAS calls this for every candidate over the SRAM limit.
 */
public final class PatchPlanner {

	/** MCUNetV2's default budget: at most 30% more MACs. */
	public static final double DEFAULT_OVERHEAD = 0.30;
	static final int MAX_GRID = 8;

	private final NetworkAnalyzer analyzer;

	/** @param analyzer plans each candidate's arena; it belongs to this planner's thread while it chooses */
	public PatchPlanner(NetworkAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * The best plan within the overhead budget, empty when running layer by layer needs the smallest arena.
	 *
	 * @param maxOverhead recomputed MACs as a fraction of the network's, e.g. 0.3
	 */
	public Optional<PatchPlan> choose(LayerGraph g, double maxOverhead) {
		NetworkAnalysis candidate = new NetworkAnalysis();
		analyzer.analyze(g, candidate);
		long bestArena = candidate.arenaBytes();
		long bestMacs = Long.MAX_VALUE;
		PatchPlan best = null;
		int leftSplit = -1;
		for (PricedPlan priced : plansWithin(g, maxOverhead, candidate.totalMacs())) {
			PatchPlan plan = priced.plan();
			if (plan.splitOp() == leftSplit) {
				continue;
			}
			analyzer.analyze(g, plan, candidate);
			long arena = candidate.arenaBytes();
			long executed = candidate.patchPhase().orElseThrow().executedMacs();
			if (arena < bestArena || arena == bestArena && best != null && executed < bestMacs) {
				best = plan;
				bestArena = arena;
				bestMacs = executed;
			}
			if (liveAfter(candidate, plan.splitOp()) > bestArena) {
				leftSplit = plan.splitOp(); // the rest alone needs more, whatever the grid
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The plan with the fewest recomputed MACs whose arena is at most {@code arenaLimit} bytes (the smaller arena on
	 * ties), within the overhead budget; empty when none fits. What an architecture search wants: SRAM below the
	 * device's limit is worth nothing there, recomputation costs latency. Plans are priced by their tiling, which is
	 * cheap, and planned cheapest first, so the first that fits ends the search.
	 */
	public Optional<PatchPlan> cheapestFitting(LayerGraph g, double maxOverhead, long arenaLimit) {
		long networkMacs = 0;
		for (int op = 0; op < g.opCount(); op++) {
			networkMacs += OperatorCosts.macs(g, op);
		}
		List<PricedPlan> plans = plansWithin(g, maxOverhead, networkMacs);
		plans.sort(Comparator.comparingLong(PricedPlan::extraMacs));
		NetworkAnalysis candidate = new NetworkAnalysis();
		boolean[] restTooLarge = new boolean[g.opCount()];
		PatchPlan best = null;
		long bestArena = arenaLimit;
		for (int i = 0; i < plans.size() && (best == null || plans.get(i).extraMacs() == plans.get(i - 1).extraMacs());
				i++) {
			PatchPlan plan = plans.get(i).plan();
			if (restTooLarge[plan.splitOp()]) {
				continue;
			}
			analyzer.analyze(g, plan, candidate);
			if (candidate.arenaBytes() <= bestArena && (best == null || candidate.arenaBytes() < bestArena)) {
				best = plan;
				bestArena = candidate.arenaBytes();
			}
			// no grid of this split fits when the layers after it alone need more
			restTooLarge[plan.splitOp()] = liveAfter(candidate, plan.splitOp()) > arenaLimit;
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Every plan the planner considers whose MAC overhead, from its tiling, is within the budget: per split the
	 * longest prefix ending there, square grids from 2x2 until one is finer than the maps allow; by split, then grid.
	 */
	private static List<PricedPlan> plansWithin(LayerGraph g, double maxOverhead, long networkMacs) {
		List<PricedPlan> plans = new ArrayList<>();
		for (int split = 0; split < g.opCount(); split++) {
			int first = PatchPlans.longestPrefixStart(g, split);
			for (int n = 2; first >= 0 && n <= MAX_GRID; n++) {
				PatchPlan plan = new PatchPlan(first, split, n, n);
				if (!PatchPlans.problems(g, plan).isEmpty()) {
					break; // a finer grid only gets worse
				}
				PatchTiling tiling = new PatchTiling(g, plan);
				long extra = tiling.executedMacs() - tiling.prefixMacs();
				if (PatchPhase.macOverhead(extra, networkMacs) <= maxOverhead) {
					plans.add(new PricedPlan(plan, extra));
				}
			}
		}
		return plans;
	}

	private record PricedPlan(PatchPlan plan, long extraMacs) {
	}

	/** The most bytes live at one step after the split, where the network runs layer by layer. */
	private static long liveAfter(NetworkAnalysis analysis, int split) {
		long live = 0;
		for (int op = split + 1; op < analysis.opCount(); op++) {
			live = Math.max(live, analysis.liveBytes(op));
		}
		return live;
	}
}
