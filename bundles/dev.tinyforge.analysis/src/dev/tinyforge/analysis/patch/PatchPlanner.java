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
 * <p>
 * Two facts prune the search without changing its result (a test compares it with trying every plan): the
 * operators after the split run layer by layer, so their live bytes bound the arena of every plan split before
 * them; and a finer grid recomputes more halo, so once a grid exceeds the overhead budget the finer ones do too.
 * TinyNAS calls this for every candidate over the SRAM limit.
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
		long[] liveAfter = liveAfter(candidate);
		long bestMacs = Long.MAX_VALUE;
		PatchPlan best = null;
		for (int split = 0; split < g.opCount(); split++) {
			int first = PatchPlans.longestPrefixStart(g, split);
			if (first < 0 || liveAfter[split] > bestArena) {
				continue;
			}
			for (int n = 2; n <= MAX_GRID; n++) {
				PatchPlan plan = new PatchPlan(first, split, n, n);
				if (!PatchPlans.problems(g, plan).isEmpty()) {
					break; // a finer grid only gets worse
				}
				analyzer.analyze(g, plan, candidate);
				PatchPhase phase = candidate.patchPhase().orElseThrow();
				if (phase.macOverhead() > maxOverhead) {
					break;
				}
				long arena = candidate.arenaBytes();
				if (arena < bestArena || arena == bestArena && best != null && phase.executedMacs() < bestMacs) {
					best = plan;
					bestArena = arena;
					bestMacs = phase.executedMacs();
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** For each split, the most bytes live at one step after it, as layer by layer. */
	private static long[] liveAfter(NetworkAnalysis layerByLayer) {
		long[] live = new long[layerByLayer.opCount()];
		for (int op = live.length - 2; op >= 0; op--) {
			live[op] = Math.max(live[op + 1], layerByLayer.liveBytes(op + 1));
		}
		return live;
	}
}
