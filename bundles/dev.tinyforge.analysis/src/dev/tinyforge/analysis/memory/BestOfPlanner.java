package dev.tinyforge.analysis.memory;

import java.util.List;
import java.util.Objects;

/**
 * Runs several planners and keeps the plan with the smallest arena, the first one on ties: no heuristic
 * wins on every graph. Stops early once a plan reaches the most bytes live at one step, sizes rounded up to
 * the alignment, which no plan can undercut; chains of layers usually get there with the first planner.
 * Deterministic when its planners are; keeps its work arrays, so an instance belongs to one thread.
 */
public final class BestOfPlanner implements MemoryPlanner {

	private final MemoryPlanner[] planners;
	private long[] candidate = new long[0];
	private long[] liveBytes = new long[0];

	/** @param planners tried in this order, at least one */
	public BestOfPlanner(List<? extends MemoryPlanner> planners) {
		if (planners.isEmpty()) {
			throw new IllegalArgumentException("best-of planner needs at least one planner");
		}
		this.planners = planners.stream().map(p -> Objects.requireNonNull(p, "planner")).toArray(MemoryPlanner[]::new);
	}

	/** Every heuristic of this package with the given alignment: by size first, then breadth, then both ends. */
	public static BestOfPlanner allHeuristics(int alignment) {
		return new BestOfPlanner(List.of(new GreedyBySizePlanner(alignment), new GreedyByBreadthPlanner(alignment),
				new PingPongPlanner(alignment)));
	}

	/** The least common multiple of its planners' alignments, so that a displacement suits each of them. */
	@Override
	public int alignment() {
		int alignment = 1;
		for (MemoryPlanner planner : planners) {
			alignment = alignment / greatestCommonDivisor(alignment, planner.alignment()) * planner.alignment();
		}
		return alignment;
	}

	/**
	 * The greatest common divisor of its planners' alignments: each planner rounds a buffer up to a multiple of
	 * its own alignment, so at least to a multiple of this one.
	 */
	private int commonDivisor() {
		int divisor = planners[0].alignment();
		for (MemoryPlanner planner : planners) {
			divisor = greatestCommonDivisor(divisor, planner.alignment());
		}
		return divisor;
	}

	private static int greatestCommonDivisor(int a, int b) {
		while (b != 0) {
			int r = a % b;
			a = b;
			b = r;
		}
		return a;
	}

	@Override
	public long plan(BufferSet buffers, long[] offsets) {
		Alignment.checkRoom(buffers, offsets);
		int n = buffers.count();
		if (candidate.length < n) {
			candidate = new long[Math.max(n, candidate.length * 2)];
		}
		long lowerBound = maxLiveBytes(buffers);
		long best = planners[0].plan(buffers, offsets);
		for (int p = 1; p < planners.length && best > lowerBound; p++) {
			long arena = planners[p].plan(buffers, candidate);
			if (arena < best) {
				best = arena;
				System.arraycopy(candidate, 0, offsets, 0, n);
			}
		}
		return best;
	}

	/**
	 * The most bytes live at one step, each buffer rounded up as every planner rounds it: the buffers live then
	 * take that much of any plan's arena.
	 */
	private long maxLiveBytes(BufferSet buffers) {
		int steps = buffers.stepCount();
		if (liveBytes.length < steps) {
			liveBytes = new long[Math.max(steps, liveBytes.length * 2)];
		}
		buffers.liveBytesPerStep(liveBytes, steps, commonDivisor());
		long max = 0;
		for (int step = 0; step < steps; step++) {
			max = Math.max(max, liveBytes[step]);
		}
		return max;
	}
}
