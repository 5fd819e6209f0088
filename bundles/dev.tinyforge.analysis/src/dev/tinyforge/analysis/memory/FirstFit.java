package dev.tinyforge.analysis.memory;

/**
 * First-fit placement, the step the greedy planners share (TensorFlow Lite Micro's GreedyMemoryPlanner
 * works the same way): a buffer goes to the lowest offset where it overlaps, in address, none of the
 * buffers placed so far that are live at a common step. Scans the placed buffers in offset order for the
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
	 * The lowest offset for buffer {@code b} clear of the placed buffers live with it.
	 *
	 * @param sizes aligned size per buffer id
	 * @param offsets the offsets of the placed buffers
	 */
	long lowestFreeOffset(BufferSet buffers, long[] sizes, int b, long[] offsets) {
		long candidate = 0;
		for (int k = 0; k < placed; k++) {
			int other = byOffset[k];
			if (!buffers.liveTogether(b, other)) {
				continue;
			}
			if (offsets[other] >= candidate + sizes[b]) {
				break;
			}
			candidate = Math.max(candidate, offsets[other] + sizes[other]);
		}
		return candidate;
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
