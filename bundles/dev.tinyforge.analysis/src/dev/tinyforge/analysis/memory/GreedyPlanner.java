package dev.tinyforge.analysis.memory;

/**
 * The planners of this package: each takes the buffers one at a time in an order of its own and puts
 * each where it fits, by default at the lowest such offset ({@link FirstFit}); the first buffer of a group
 * in that order places its whole group (see {@link BufferSet}). Sizes are rounded up to the alignment, so
 * every offset and the arena size are multiples of it; so must displacements be. Orders are total (ending
 * in the buffer id), so plans are deterministic.
 * <p>
 * Does not allocate once its work arrays have grown to the largest buffer set seen; an instance
 * therefore belongs to one thread.
 */
public abstract class GreedyPlanner implements MemoryPlanner {

	private final int alignment;
	private final FirstFit firstFit = new FirstFit();

	/** Per buffer id, filled before {@link #prepare}. */
	long[] alignedSizes = new long[0];
	/** Per buffer id: its displacement in its group. */
	long[] displacements = new long[0];
	/** Per buffer id: its first and last step, copied for the hot loops. */
	int[] firstSteps = new int[0];
	int[] lastSteps = new int[0];
	/** One more than the last step any buffer is live. */
	int stepCount;
	/** The buffer ids group by group; group g (its first buffer's id) from groupStarts[g], groupSizes[g] long. */
	int[] members = new int[0];
	int[] groupStarts = new int[0];
	int[] groupSizes = new int[0];
	private boolean[] placedGroups = new boolean[0];
	private int[] order = new int[0]; // buffer ids, placement order

	/** @param alignment in bytes, at least 1 */
	GreedyPlanner(int alignment) {
		this.alignment = Alignment.checked(alignment);
	}

	@Override
	public final long plan(BufferSet buffers, long[] offsets) {
		Alignment.checkRoom(buffers, offsets);
		int n = buffers.count();
		if (order.length < n) {
			int capacity = Math.max(n, order.length * 2);
			alignedSizes = new long[capacity];
			displacements = new long[capacity];
			firstSteps = new int[capacity];
			lastSteps = new int[capacity];
			members = new int[capacity];
			groupStarts = new int[capacity];
			groupSizes = new int[capacity];
			placedGroups = new boolean[capacity];
			order = new int[capacity];
		}
		Alignment.sizes(buffers, alignment, alignedSizes);
		collectGroups(buffers, n);
		prepare(buffers);
		sortIntoOrder(buffers, n);
		return place(buffers, order, n, offsets);
	}

	@Override
	public int alignment() {
		return alignment;
	}

	/** Fills the steps, the displacements and the members of each group, in id order. */
	private void collectGroups(BufferSet buffers, int n) {
		stepCount = 0;
		for (int b = 0; b < n; b++) {
			firstSteps[b] = buffers.firstStep(b);
			lastSteps[b] = buffers.lastStep(b);
			stepCount = Math.max(stepCount, lastSteps[b] + 1);
			displacements[b] = buffers.displacement(b);
			if (displacements[b] % alignment != 0) {
				throw new IllegalArgumentException("buffer #" + b + " lies " + displacements[b]
						+ " bytes into its group, not a multiple of the alignment " + alignment);
			}
			groupSizes[b] = 0;
			placedGroups[b] = false;
		}
		for (int b = 0; b < n; b++) {
			groupSizes[buffers.group(b)]++;
		}
		int start = 0;
		for (int b = 0; b < n; b++) {
			if (buffers.group(b) == b) {
				groupStarts[b] = start;
				start += groupSizes[b];
				groupSizes[b] = 0;
			}
		}
		for (int b = 0; b < n; b++) {
			int g = buffers.group(b);
			members[groupStarts[g] + groupSizes[g]++] = b;
		}
	}

	/** Buffer b's group if it still has to be placed, which marks it placed; -1 if it was placed. */
	int unplacedGroup(BufferSet buffers, int b) {
		int g = buffers.group(b);
		if (placedGroups[g]) {
			return -1;
		}
		placedGroups[g] = true;
		return g;
	}

	/** The lowest base for group g in {@code fit}, its members at the given displacements. */
	long lowestFreeBase(FirstFit fit, int g, long[] memberDisplacements) {
		return fit.lowestFreeBase(alignedSizes, memberDisplacements, firstSteps, lastSteps, members, groupStarts[g],
				groupStarts[g] + groupSizes[g]);
	}

	/** Records buffer b as placed in {@code fit} at {@code offset}. */
	void insert(FirstFit fit, int b, long offset) {
		fit.insert(offset, alignedSizes[b], firstSteps[b], lastSteps[b]);
	}

	/** Computes whatever {@link #placedBefore} compares; {@link #alignedSizes} is filled already. */
	void prepare(BufferSet buffers) {
	}

	/** Whether buffer a is placed before buffer b; a strict total order. */
	abstract boolean placedBefore(BufferSet buffers, int a, int b);

	/**
	 * Places the buffers {@code order[0..count)} in that order, writing {@code offsets}, and returns the
	 * arena size, the end of the highest.
	 */
	long place(BufferSet buffers, int[] order, int count, long[] offsets) {
		firstFit.reset(stepCount);
		long end = 0;
		for (int k = 0; k < count; k++) {
			int g = unplacedGroup(buffers, order[k]);
			if (g < 0) {
				continue;
			}
			long base = lowestFreeBase(firstFit, g, displacements);
			for (int i = groupStarts[g]; i < groupStarts[g] + groupSizes[g]; i++) {
				int m = members[i];
				offsets[m] = base + displacements[m];
				insert(firstFit, m, offsets[m]);
				end = Math.max(end, offsets[m] + alignedSizes[m]);
			}
		}
		return end;
	}

	/**
	 * Binary insertion sort: no allocation, and few comparisons; the order is total, so where each buffer goes
	 * is a single place.
	 */
	private void sortIntoOrder(BufferSet buffers, int n) {
		for (int b = 0; b < n; b++) {
			int low = 0;
			int high = b;
			while (low < high) { // the first of the sorted buffers that b goes before
				int middle = (low + high) >>> 1;
				if (placedBefore(buffers, b, order[middle])) {
					high = middle;
				} else {
					low = middle + 1;
				}
			}
			System.arraycopy(order, low, order, low + 1, b - low);
			order[low] = b;
		}
	}
}
