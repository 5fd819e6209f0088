package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PingPongPlannerTest {

	private final PingPongPlanner planner = new PingPongPlanner();
	private final BufferSet set = new BufferSet();

	/**
	 * A chain of 40, 100, 60 and 100 bytes, each live with its neighbours: the two largest go to the
	 * bottom (they never meet), the others from the top, where they sit lower at no cost. The arena is the
	 * 160-byte bound of steps 2 and 3.
	 */
	@Test
	void aChainAlternatesBetweenTheEnds() {
		set.add(40, 0, 1);
		set.add(100, 1, 2);
		set.add(60, 2, 3);
		set.add(100, 3, 4);
		long[] offsets = new long[4];

		assertEquals(160, planner.plan(set, offsets));
		assertArrayEquals(new long[] {120, 0, 100, 0}, offsets);
	}

	/**
	 * Buffers (size, steps): #0 (20, 0), #1 (16, 1), #2 (12, 0-1), #3 (12, 0-1), #4 (8, 1); live bytes 44
	 * and 48. Greedy by size puts #0 and #1 at 0, #2 at 20, #3 at 32 and #4 above them at 44: 52 bytes.
	 * Both ends: #0 and #1 at the bottom; #2 and #3 from the top, where they cost no more and sit lower;
	 * #4 above #1 at 16. The arena is the 48-byte bound, so #2 and #3 land at 36 and 24.
	 */
	@Test
	void buffersFromTheTopLeaveTheGapsAtTheBottomToSmallerOnes() {
		set.add(20, 0, 0);
		set.add(16, 1, 1);
		set.add(12, 0, 1);
		set.add(12, 0, 1);
		set.add(8, 1, 1);
		long[] offsets = new long[5];

		assertEquals(52, new GreedyBySizePlanner().plan(set, offsets));
		assertEquals(48, planner.plan(set, offsets));
		assertArrayEquals(new long[] {0, 0, 36, 24, 16}, offsets);
	}

	/** Both round up to 8 bytes: the larger #1 at the bottom, #0 from the top, 16 bytes in all. */
	@Test
	void alignmentRoundsBothEnds() {
		set.add(5, 0, 1);
		set.add(7, 1, 2);
		long[] offsets = new long[2];

		assertEquals(16, new PingPongPlanner(8).plan(set, offsets));
		assertArrayEquals(new long[] {8, 0}, offsets);
	}

	@Test
	void emptySetNeedsNoArena() {
		assertEquals(0, planner.plan(set, new long[0]));
	}

	@Test
	void rejectsBadAlignment() {
		assertThrows(IllegalArgumentException.class, () -> new PingPongPlanner(0));
	}
}
