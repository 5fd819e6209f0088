package dev.tinyforge.analysis.memory;

/**
 * The planners of this package: each takes the buffers one at a time in an order of its own and puts
 * each where it fits, by default at the lowest such offset ({@link FirstFit}). Sizes are rounded up to
 * the alignment, so every offset and the arena size are multiples of it. Orders are total (ending in the
 * buffer id), so plans are deterministic.
 * <p>
 * Does not allocate once its work arrays have grown to the largest buffer set seen; an instance
 * therefore belongs to one thread.
 */
public abstract class GreedyPlanner implements MemoryPlanner {

	private final int alignment;
	private final FirstFit firstFit = new FirstFit();

	/** Per buffer id, filled before {@link #prepare}. */
	long[] alignedSizes = new long[0];
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
			order = new int[capacity];
		}
		Alignment.sizes(buffers, alignment, alignedSizes);
		prepare(buffers);
		sortIntoOrder(buffers, n);
		return place(buffers, order, n, offsets);
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
		firstFit.reset(count);
		long end = 0;
		for (int k = 0; k < count; k++) {
			int b = order[k];
			offsets[b] = firstFit.lowestFreeOffset(buffers, alignedSizes, b, offsets);
			firstFit.insert(b, offsets);
			end = Math.max(end, offsets[b] + alignedSizes[b]);
		}
		return end;
	}

	/** Insertion sort: no allocation, and the placement is quadratic anyway. */
	private void sortIntoOrder(BufferSet buffers, int n) {
		for (int b = 0; b < n; b++) {
			int k = b;
			while (k > 0 && placedBefore(buffers, b, order[k - 1])) {
				order[k] = order[k - 1];
				k--;
			}
			order[k] = b;
		}
	}
}
