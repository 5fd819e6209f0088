package dev.tinyforge.analysis.memory;

/**
 * Greedy by breadth (Pisarchyk and Lee, "Efficient Memory Management for Deep Neural Net Inference",
 * 2020, the GREEDY_BY_BREADTH strategy of TensorFlow Lite's GPU delegate): visits the steps from the one
 * with the most live bytes down, and places each step's not yet placed buffers largest first. The
 * crowded steps decide the arena, so their buffers get first pick of the low offsets.
 * <p>
 * As an order: a buffer comes at the step of its lifetime with the most live bytes (the earliest on
 * ties); buffers of the same step go by size, then id.
 */
public final class GreedyByBreadthPlanner extends GreedyPlanner {

	private long[] breadths = new long[0]; // live bytes per step
	private long[] buffersBreadths = new long[0]; // per buffer: the largest breadth over its lifetime
	private int[] breadestSteps = new int[0]; // per buffer: the step where that breadth is reached

	public GreedyByBreadthPlanner() {
		this(DEFAULT_ALIGNMENT);
	}

	/** @param alignment in bytes, at least 1 */
	public GreedyByBreadthPlanner(int alignment) {
		super(alignment);
	}

	@Override
	void prepare(BufferSet buffers) {
		int n = buffers.count();
		int steps = buffers.stepCount();
		if (breadths.length < steps) {
			breadths = new long[Math.max(steps, breadths.length * 2)];
		}
		if (buffersBreadths.length < n) {
			buffersBreadths = new long[Math.max(n, buffersBreadths.length * 2)];
			breadestSteps = new int[buffersBreadths.length];
		}
		buffers.liveBytesPerStep(breadths, steps);
		for (int b = 0; b < n; b++) {
			int breadest = buffers.firstStep(b);
			for (int step = breadest + 1; step <= buffers.lastStep(b); step++) {
				if (breadths[step] > breadths[breadest]) {
					breadest = step;
				}
			}
			buffersBreadths[b] = breadths[breadest];
			breadestSteps[b] = breadest;
		}
	}

	@Override
	boolean placedBefore(BufferSet buffers, int a, int b) {
		if (buffersBreadths[a] != buffersBreadths[b]) {
			return buffersBreadths[a] > buffersBreadths[b];
		}
		if (breadestSteps[a] != breadestSteps[b]) {
			return breadestSteps[a] < breadestSteps[b];
		}
		long sizeA = buffers.size(a);
		long sizeB = buffers.size(b);
		return sizeA != sizeB ? sizeA > sizeB : a < b;
	}
}
