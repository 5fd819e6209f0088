package dev.tinyforge.analysis.memory;

/**
 * Greedy-by-size placement, the strategy of TensorFlow Lite Micro's GreedyMemoryPlanner and of
 * TinyEngine: take the buffers largest first and put each at the lowest offset where it does not
 * overlap, in address, any already placed buffer live at a common step (first fit into the gaps
 * between those buffers in offset order).
 * <p>
 * Sizes are rounded up to the alignment, so every offset and the arena size are multiples of it.
 * Equal sizes are ordered by first step, then by buffer id, so plans are deterministic.
 * <p>
 * Runs in O(n²) for n buffers without allocating once its work arrays have grown to the largest
 * buffer set seen; an instance therefore belongs to one thread.
 */
public final class GreedyBySizePlanner implements MemoryPlanner {

	/** Word alignment, what CMSIS-NN kernels expect of their buffers. */
	public static final int DEFAULT_ALIGNMENT = 4;

	private final int alignment;

	private long[] alignedSizes = new long[0];
	private int[] bySize = new int[0]; // buffer ids, placement order
	private int[] byOffset = new int[0]; // ids of the buffers placed so far, ascending offset

	public GreedyBySizePlanner() {
		this(DEFAULT_ALIGNMENT);
	}

	/** @param alignment in bytes, at least 1 */
	public GreedyBySizePlanner(int alignment) {
		if (alignment < 1) {
			throw new IllegalArgumentException("planner alignment must be at least 1 byte, got " + alignment);
		}
		this.alignment = alignment;
	}

	public int alignment() {
		return alignment;
	}

	@Override
	public long plan(BufferSet buffers, long[] offsets) {
		int n = buffers.count();
		if (offsets.length < n) {
			throw new IllegalArgumentException("offsets array holds " + offsets.length + " of " + n + " buffers");
		}
		ensureCapacity(n);
		for (int b = 0; b < n; b++) {
			alignedSizes[b] = alignUp(buffers.size(b));
		}
		sortLargestFirst(buffers, n);
		long arena = 0;
		for (int placed = 0; placed < n; placed++) {
			int b = bySize[placed];
			offsets[b] = lowestFreeOffset(buffers, b, placed, offsets);
			insertByOffset(b, placed, offsets);
			arena = Math.max(arena, offsets[b] + alignedSizes[b]);
		}
		return arena;
	}

	/** Scans the placed buffers in offset order for the first gap that fits, skipping those never live with b. */
	private long lowestFreeOffset(BufferSet buffers, int b, int placed, long[] offsets) {
		long candidate = 0;
		long size = alignedSizes[b];
		for (int k = 0; k < placed; k++) {
			int other = byOffset[k];
			if (!buffers.liveTogether(b, other)) {
				continue;
			}
			if (offsets[other] >= candidate + size) {
				break;
			}
			candidate = Math.max(candidate, offsets[other] + alignedSizes[other]);
		}
		return candidate;
	}

	/** Insertion keeps byOffset sorted; a new buffer goes after placed ones at the same offset. */
	private void insertByOffset(int b, int placed, long[] offsets) {
		int k = placed;
		while (k > 0 && offsets[byOffset[k - 1]] > offsets[b]) {
			byOffset[k] = byOffset[k - 1];
			k--;
		}
		byOffset[k] = b;
	}

	/** Insertion sort: no allocation, and the placement loop is quadratic anyway. */
	private void sortLargestFirst(BufferSet buffers, int n) {
		for (int b = 0; b < n; b++) {
			int k = b;
			while (k > 0 && placedBefore(buffers, b, bySize[k - 1])) {
				bySize[k] = bySize[k - 1];
				k--;
			}
			bySize[k] = b;
		}
	}

	private static boolean placedBefore(BufferSet buffers, int a, int b) {
		long sizeA = buffers.size(a);
		long sizeB = buffers.size(b);
		if (sizeA != sizeB) {
			return sizeA > sizeB;
		}
		int firstA = buffers.firstStep(a);
		int firstB = buffers.firstStep(b);
		return firstA != firstB ? firstA < firstB : a < b;
	}

	private long alignUp(long size) {
		long remainder = size % alignment;
		return remainder == 0 ? size : size + (alignment - remainder);
	}

	private void ensureCapacity(int n) {
		if (alignedSizes.length < n) {
			int capacity = Math.max(n, alignedSizes.length * 2);
			alignedSizes = new long[capacity];
			bySize = new int[capacity];
			byOffset = new int[capacity];
		}
	}
}
