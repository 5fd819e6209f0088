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
	private int[] placed = new int[0]; // the buffers placed so far
	private int placedCount;
	private long[] mirrored = new long[0]; // per buffer: its displacement from the top of its group
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

	/**
	 * offsets holds depths for the top buffers until the arena size is known. A group goes to the top mirrored:
	 * its members keep their places relative to each other.
	 */
	@Override
	long place(BufferSet buffers, int[] order, int count, long[] offsets) {
		bottom.reset(stepCount);
		top.reset(stepCount);
		if (onTop.length < count) {
			onTop = new boolean[Math.max(count, onTop.length * 2)];
			placed = new int[onTop.length];
			mirrored = new long[onTop.length];
		}
		placedCount = 0;
		mirror(buffers, count);
		long arena = 0;
		for (int k = 0; k < count; k++) {
			int g = unplacedGroup(buffers, order[k]);
			if (g < 0) {
				continue;
			}
			int from = groupStarts[g];
			int to = from + groupSizes[g];
			long low = lowestFreeBase(bottom, g, displacements);
			long depth = lowestFreeBase(top, g, mirrored);
			long arenaAtBottom = arena;
			long arenaAtTop = arena;
			for (int i = from; i < to; i++) {
				int m = members[i];
				measureReaches(m, offsets);
				arenaAtBottom = Math.max(arenaAtBottom, low + displacements[m] + alignedSizes[m] + topReach);
				arenaAtTop = Math.max(arenaAtTop, depth + mirrored[m] + alignedSizes[m] + bottomReach);
			}
			boolean toTop = arenaAtTop < arenaAtBottom || arenaAtTop == arenaAtBottom && depth < low;
			for (int i = from; i < to; i++) {
				int m = members[i];
				onTop[m] = toTop;
				placed[placedCount++] = m;
				if (toTop) {
					offsets[m] = depth + mirrored[m];
					insert(top, m, offsets[m]);
				} else {
					offsets[m] = low + displacements[m];
					insert(bottom, m, offsets[m]);
				}
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

	/** Each buffer's displacement from the top of its group: the group's extent less its own end. */
	private void mirror(BufferSet buffers, int count) {
		for (int b = 0; b < count; b++) {
			int g = buffers.group(b);
			if (g == b) {
				long extent = 0;
				for (int i = groupStarts[g]; i < groupStarts[g] + groupSizes[g]; i++) {
					extent = Math.max(extent, displacements[members[i]] + alignedSizes[members[i]]);
				}
				for (int i = groupStarts[g]; i < groupStarts[g] + groupSizes[g]; i++) {
					int m = members[i];
					mirrored[m] = extent - displacements[m] - alignedSizes[m];
				}
			}
		}
	}

	/**
	 * How far into the arena the buffers placed so far and live with b reach from each end: the largest
	 * end offset of those at the bottom, the largest depth plus size of those at the top, 0 for none.
	 */
	private void measureReaches(int b, long[] offsets) {
		bottomReach = 0;
		topReach = 0;
		int first = firstSteps[b];
		int last = lastSteps[b];
		for (int k = 0; k < placedCount; k++) {
			int other = placed[k];
			if (firstSteps[other] > last || lastSteps[other] < first) {
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
