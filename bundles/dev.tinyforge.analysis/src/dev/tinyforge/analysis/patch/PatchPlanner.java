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
		return choose(g, maxOverhead, Long.MAX_VALUE);
	}

	/**
	 * The best plan within the overhead budget whose arena is at most {@code arenaLimit} bytes, empty when there is
	 * none or running layer by layer needs the smallest arena. A limit lets the search leave a split as soon as its
	 * rest needs more, which is most splits of a network far over a device's SRAM.
	 */
	public Optional<PatchPlan> choose(LayerGraph g, double maxOverhead, long arenaLimit) {
		NetworkAnalysis candidate = new NetworkAnalysis();
		analyzer.analyze(g, candidate);
		long networkMacs = candidate.totalMacs();
		// over the limit, only plans within it may win (then the limit is below Long.MAX_VALUE)
		long bestArena = candidate.arenaBytes() <= arenaLimit ? candidate.arenaBytes() : arenaLimit + 1;
		long bestMacs = Long.MAX_VALUE;
		PatchPlan best = null;
		for (int split = 0; split < g.opCount(); split++) {
			int first = PatchPlans.longestPrefixStart(g, split);
			long restLive = 0;
			for (int n = 2; first >= 0 && n <= MAX_GRID && restLive <= bestArena; n++) {
				PatchPlan plan = new PatchPlan(first, split, n, n);
				if (!PatchPlans.problems(g, plan).isEmpty()) {
					break; // a finer grid only gets worse
				}
				PatchTiling tiling = new PatchTiling(g, plan);
				if (PatchPhase.macOverhead(tiling.executedMacs() - tiling.prefixMacs(), networkMacs)
						> maxOverhead) {
					continue;
				}
				analyzer.analyze(g, plan, candidate);
				PatchPhase phase = candidate.patchPhase().orElseThrow();
				restLive = liveAfter(candidate, split);
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

	/** The most bytes live at one step after the split, where the network runs layer by layer. */
	private static long liveAfter(NetworkAnalysis analysis, int split) {
		long live = 0;
		for (int op = split + 1; op < analysis.opCount(); op++) {
			live = Math.max(live, analysis.liveBytes(op));
		}
		return live;
	}
}
