package dev.tinyforge.analysis.patch;

import java.util.Optional;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * Chooses a patch plan: every operator that can end a prefix, with the longest prefix ending there, and square
 * grids from 2x2 up to {@value #MAX_GRID}x{@value #MAX_GRID} (as MCUNetV2 searches them); the plan with the
 * smallest arena whose {@linkplain PatchPhase#macOverhead MAC overhead} stays within the budget, fewer MACs on
 * ties. A plan whose arena is not smaller than layer by layer is never chosen.
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
		for (int split = 0; split < g.opCount(); split++) {
			int first = PatchPlans.longestPrefixStart(g, split);
			if (first < 0) {
				continue;
			}
			for (int n = 2; n <= MAX_GRID; n++) {
				PatchPlan plan = new PatchPlan(first, split, n, n);
				if (!PatchPlans.problems(g, plan).isEmpty()) {
					break; // a finer grid only gets worse
				}
				analyzer.analyze(g, plan, candidate);
				PatchPhase phase = candidate.patchPhase().orElseThrow();
				long arena = candidate.arenaBytes();
				if (phase.macOverhead() <= maxOverhead
						&& (arena < bestArena || arena == bestArena && best != null && phase.executedMacs() < bestMacs)) {
					best = plan;
					bestArena = arena;
					bestMacs = phase.executedMacs();
				}
			}
		}
		return Optional.ofNullable(best);
	}
}
