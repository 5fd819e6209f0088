package dev.tinyforge.analysis.memory;

import java.util.Arrays;

/**
 * First-fit placement, the step the greedy planners share (TensorFlow Lite Micro's GreedyMemoryPlanner
 * works the same way): a buffer, or a rigid group of them, goes to the lowest offset where it overlaps, in
 * address, none of the buffers placed so far that are live at a common step. Keeps, per step, the address
 * ranges of the placed buffers live then in offset order, so a buffer is checked only against those live with
 * it: a few per step in a chain of layers, where the placed buffers of the whole graph would be many. Keeps its
 * work arrays; one thread.
 */
final class FirstFit {

	private long[][] starts = new long[0][]; // per step: the placed buffers live then, ascending offset
	private long[][] ends = new long[0][];
	private int[] counts = new int[0];
	private int steps;

	/** Forgets the placed buffers and makes room for buffers live over {@code stepCount} steps. */
	void reset(int stepCount) {
		if (starts.length < stepCount) {
			int grown = Math.max(stepCount, starts.length * 2);
			starts = Arrays.copyOf(starts, grown);
			ends = Arrays.copyOf(ends, grown);
			counts = new int[grown];
			for (int s = 0; s < grown; s++) {
				if (starts[s] == null) {
					starts[s] = new long[8];
					ends[s] = new long[8];
				}
			}
		}
		Arrays.fill(counts, 0, steps, 0);
		steps = stepCount;
	}

	/**
	 * The lowest base for a group, {@code members[from..to)}, at which each member, {@code displacements[m]}
	 * above the base, is clear of the placed buffers live with it. One pass over the buffers placed at one of a
	 * member's steps moves the base no higher than that member needs there. The members' steps are taken in turn
	 * until each of them in a row has found the base free, the one that last moved it included.
	 *
	 * @param sizes aligned size per buffer id
	 * @param first the first step per buffer id
	 * @param last the last step per buffer id
	 */
	long lowestFreeBase(long[] sizes, long[] displacements, int[] first, int[] last, int[] members, int from,
			int to) {
		int checks = 0;
		for (int i = from; i < to; i++) {
			checks += last[members[i]] - first[members[i]] + 1;
		}
		long base = 0;
		int i = from;
		int step = first[members[from]];
		for (int settled = 0; settled < checks;) {
			int m = members[i];
			long settledBase = lowestFreeBase(step, base, displacements[m], sizes[m]);
			settled = settledBase == base ? settled + 1 : 1;
			base = settledBase;
			if (step < last[m]) {
				step++;
			} else {
				i = i + 1 < to ? i + 1 : from;
				step = first[members[i]];
			}
		}
		return base;
	}

	/**
	 * The lowest base from {@code base} on at which a buffer so far above it is clear of the placed buffers live at
	 * the step. Those lie in offset order: once one starts above the buffer, so do the rest.
	 */
	private long lowestFreeBase(int step, long base, long displacement, long size) {
		long[] stepStarts = starts[step];
		long[] stepEnds = ends[step];
		for (int k = 0, count = counts[step]; k < count; k++) {
			long low = base + displacement;
			if (stepStarts[k] >= low + size) {
				break;
			}
			if (stepEnds[k] > low) {
				base = stepEnds[k] - displacement;
			}
		}
		return base;
	}

	/** Records a buffer of {@code size} bytes at {@code offset}, live over steps {@code first..last}. */
	void insert(long offset, long size, int first, int last) {
		for (int step = first; step <= last; step++) {
			int count = counts[step];
			if (count == starts[step].length) {
				starts[step] = Arrays.copyOf(starts[step], count * 2);
				ends[step] = Arrays.copyOf(ends[step], count * 2);
			}
			long[] stepStarts = starts[step];
			long[] stepEnds = ends[step];
			int k = count;
			while (k > 0 && stepStarts[k - 1] > offset) {
				stepStarts[k] = stepStarts[k - 1];
				stepEnds[k] = stepEnds[k - 1];
				k--;
			}
			stepStarts[k] = offset;
			stepEnds[k] = offset + size;
			counts[step] = count + 1;
		}
	}
}
