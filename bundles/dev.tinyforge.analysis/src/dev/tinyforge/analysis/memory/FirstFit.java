package dev.tinyforge.analysis.memory;

/**
 * First-fit placement, the step the greedy planners share (TensorFlow Lite Micro's GreedyMemoryPlanner
 * works the same way): a buffer, or a rigid group of them, goes to the lowest offset where it overlaps, in
 * address, none of the buffers placed so far that are live at a common step. Scans the placed buffers in offset order for the
 * first gap that fits, so placing n buffers takes O(n²). Keeps the placed buffers' offsets, ends and steps in
 * arrays of its own, in offset order, so the scan reads them one after the other. Keeps its work arrays; one
 * thread.
 */
final class FirstFit {

	// the buffers placed so far, ascending offset
	private long[] starts = new long[0];
	private long[] ends = new long[0];
	private int[] firstSteps = new int[0];
	private int[] lastSteps = new int[0];
	private int placed;

	/** Forgets the placed buffers and makes room for {@code capacity} of them. */
	void reset(int capacity) {
		if (starts.length < capacity) {
			int grown = Math.max(capacity, starts.length * 2);
			starts = new long[grown];
			ends = new long[grown];
			firstSteps = new int[grown];
			lastSteps = new int[grown];
		}
		placed = 0;
	}

	/**
	 * The lowest base for a group, {@code members[from..to)}, at which each member, {@code displacements[m]}
	 * above the base, is clear of the placed buffers live with it. One pass over the placed buffers settles a
	 * member: it moves the base no higher than that member needs. A larger group takes its members in turn until
	 * each of them in a row has found the base free, the one that last moved it included.
	 *
	 * @param sizes aligned size per buffer id
	 * @param first the first step per buffer id
	 * @param last the last step per buffer id
	 */
	long lowestFreeBase(long[] sizes, long[] displacements, int[] first, int[] last, int[] members, int from,
			int to) {
		long base = 0;
		int count = to - from;
		for (int i = from, settled = 0; settled < count; i = i + 1 < to ? i + 1 : from) {
			long settledBase = lowestFreeBase(base, displacements[members[i]], sizes[members[i]], first[members[i]],
					last[members[i]]);
			settled = settledBase == base ? settled + 1 : 1;
			base = settledBase;
		}
		return base;
	}

	/** The lowest base from {@code base} on at which a buffer so far above it is clear of the placed ones. */
	private long lowestFreeBase(long base, long displacement, long size, int firstStep, int lastStep) {
		for (int k = 0; k < placed; k++) {
			if (firstSteps[k] > lastStep || lastSteps[k] < firstStep) {
				continue;
			}
			long low = base + displacement;
			if (starts[k] >= low + size) {
				break;
			}
			if (ends[k] > low) {
				base = ends[k] - displacement;
			}
		}
		return base;
	}

	/**
	 * Records a buffer of {@code size} bytes at {@code offset}, live over steps {@code first..last}; it goes after
	 * placed ones at the same offset.
	 */
	void insert(long offset, long size, int first, int last) {
		int low = 0;
		int high = placed;
		while (low < high) { // the first placed buffer above the offset
			int middle = (low + high) >>> 1;
			if (starts[middle] > offset) {
				high = middle;
			} else {
				low = middle + 1;
			}
		}
		int moving = placed - low;
		System.arraycopy(starts, low, starts, low + 1, moving);
		System.arraycopy(ends, low, ends, low + 1, moving);
		System.arraycopy(firstSteps, low, firstSteps, low + 1, moving);
		System.arraycopy(lastSteps, low, lastSteps, low + 1, moving);
		starts[low] = offset;
		ends[low] = offset + size;
		firstSteps[low] = first;
		lastSteps[low] = last;
		placed++;
	}
}
