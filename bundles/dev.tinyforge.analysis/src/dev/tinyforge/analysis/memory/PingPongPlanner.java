package dev.tinyforge.analysis.memory;

/**
 * Places buffers from both ends of the arena, like the ping-pong buffers of a chain of layers: an
 * operator's output goes to the opposite end from its input, so the two meet in the middle only at the
 * widest steps, and the gaps left at either end take the smaller tensors. Takes the buffers largest first
 * (as {@link GreedyBySizePlanner}) and puts each at the bottom or the top, first fit from that end,
 * whichever keeps the arena smaller so far; on a tie the end where it sits lower, then the bottom. The
 * arena is the largest sum of a bottom buffer's end and a top buffer's distance from the top over the
 * pairs live together; the top buffers' offsets follow from it.
 */
public final class PingPongPlanner extends GreedyPlanner {

	private final FirstFit bottom = new FirstFit();
	private final FirstFit top = new FirstFit(); // works in depths: distances from the top of the arena
	private boolean[] onTop = new boolean[0];
	private long bottomReach; // set by measureReaches
	private long topReach;

	public PingPongPlanner() {
		this(DEFAULT_ALIGNMENT);
	}

	/** @param alignment in bytes, at least 1 */
	public PingPongPlanner(int alignment) {
		super(alignment);
	}

	@Override
	boolean placedBefore(BufferSet buffers, int a, int b) {
		return GreedyBySizePlanner.largerFirst(buffers, a, b);
	}

	/** offsets holds depths for the top buffers until the arena size is known. */
	@Override
	long place(BufferSet buffers, int[] order, int count, long[] offsets) {
		bottom.reset(count);
		top.reset(count);
		if (onTop.length < count) {
			onTop = new boolean[Math.max(count, onTop.length * 2)];
		}
		long arena = 0;
		for (int k = 0; k < count; k++) {
			int b = order[k];
			long size = alignedSizes[b];
			long low = bottom.lowestFreeOffset(buffers, alignedSizes, b, offsets);
			long depth = top.lowestFreeOffset(buffers, alignedSizes, b, offsets);
			measureReaches(buffers, order, k, b, offsets);
			long arenaAtBottom = Math.max(arena, low + size + topReach);
			long arenaAtTop = Math.max(arena, depth + size + bottomReach);
			boolean toTop = arenaAtTop < arenaAtBottom || arenaAtTop == arenaAtBottom && depth < low;
			onTop[b] = toTop;
			if (toTop) {
				offsets[b] = depth;
				top.insert(b, offsets);
			} else {
				offsets[b] = low;
				bottom.insert(b, offsets);
			}
			arena = Math.min(arenaAtBottom, arenaAtTop);
		}
		for (int k = 0; k < count; k++) {
			int b = order[k];
			if (onTop[b]) {
				offsets[b] = arena - offsets[b] - alignedSizes[b];
			}
		}
		return arena;
	}

	/**
	 * How far into the arena the buffers placed so far and live with b reach from each end: the largest
	 * end offset of those at the bottom, the largest depth plus size of those at the top, 0 for none.
	 */
	private void measureReaches(BufferSet buffers, int[] order, int placed, int b, long[] offsets) {
		bottomReach = 0;
		topReach = 0;
		for (int k = 0; k < placed; k++) {
			int other = order[k];
			if (!buffers.liveTogether(b, other)) {
				continue;
			}
			long reach = offsets[other] + alignedSizes[other];
			if (onTop[other]) {
				topReach = Math.max(topReach, reach);
			} else {
				bottomReach = Math.max(bottomReach, reach);
			}
		}
	}
}
