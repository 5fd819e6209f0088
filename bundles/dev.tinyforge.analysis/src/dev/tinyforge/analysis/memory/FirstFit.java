package dev.tinyforge.analysis.memory;

/**
 * First-fit placement, the step the greedy planners share (TensorFlow Lite Micro's GreedyMemoryPlanner
 * works the same way): a buffer, or a rigid group of them, goes to the lowest offset where it overlaps, in
 * address, none of the buffers placed so far that are live at a common step. Scans the placed buffers in offset order for the
 * first gap that fits, so placing n buffers takes O(n²). Keeps its work array; one thread.
 */
final class FirstFit {

	private int[] byOffset = new int[0]; // ids of the buffers placed so far, ascending offset
	private int placed;

	/** Forgets the placed buffers and makes room for {@code capacity} of them. */
	void reset(int capacity) {
		if (byOffset.length < capacity) {
			byOffset = new int[Math.max(capacity, byOffset.length * 2)];
		}
		placed = 0;
	}

	/**
	 * The lowest base for a group, {@code members[from..to)}, at which each member, {@code displacements[m]}
	 * above the base, is clear of the placed buffers live with it. One pass over the placed buffers settles a
	 * single member; a larger group is passed over again until no member has to move.
	 *
	 * @param sizes aligned size per buffer id
	 * @param offsets the offsets of the placed buffers
	 */
	long lowestFreeBase(BufferSet buffers, long[] sizes, long[] displacements, int[] members, int from, int to,
			long[] offsets) {
		long base = 0;
		boolean moved;
		do {
			moved = false;
			for (int i = from; i < to; i++) {
				int m = members[i];
				for (int k = 0; k < placed; k++) {
					int other = byOffset[k];
					if (!buffers.liveTogether(m, other)) {
						continue;
					}
					long low = base + displacements[m];
					if (offsets[other] >= low + sizes[m]) {
						break;
					}
					long end = offsets[other] + sizes[other];
					if (end > low) {
						base = end - displacements[m];
						moved = true;
					}
				}
			}
		} while (moved && to - from > 1);
		return base;
	}

	/** Records buffer b as placed at {@code offsets[b]}; it goes after placed ones at the same offset. */
	void insert(int b, long[] offsets) {
		int k = placed;
		while (k > 0 && offsets[byOffset[k - 1]] > offsets[b]) {
			byOffset[k] = byOffset[k - 1];
			k--;
		}
		byOffset[k] = b;
		placed++;
	}
}
