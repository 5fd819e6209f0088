package dev.tinyforge.analysis.memory;

/**
 * Greedy by size, the strategy of TensorFlow Lite Micro's GreedyMemoryPlanner and of TinyEngine's
 * first-fit allocator: largest buffers first, equal sizes by first step, then by buffer id, each at the
 * lowest offset where it fits.
 */
public final class GreedyBySizePlanner extends GreedyPlanner {

	public GreedyBySizePlanner() {
		this(DEFAULT_ALIGNMENT);
	}

	/** @param alignment in bytes, at least 1 */
	public GreedyBySizePlanner(int alignment) {
		super(alignment);
	}

	@Override
	boolean placedBefore(BufferSet buffers, int a, int b) {
		return largerFirst(buffers, a, b);
	}

	/** Largest first, then earliest first step, then lowest id. */
	static boolean largerFirst(BufferSet buffers, int a, int b) {
		long sizeA = buffers.size(a);
		long sizeB = buffers.size(b);
		if (sizeA != sizeB) {
			return sizeA > sizeB;
		}
		int firstA = buffers.firstStep(a);
		int firstB = buffers.firstStep(b);
		return firstA != firstB ? firstA < firstB : a < b;
	}
}
