package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GreedyByBreadthPlannerTest {

	private final BufferSet set = new BufferSet();

	/**
	 * Buffers (size, steps): #0 (4, 1), #1 (4, 1-2), #2 (16, 0-1), #3 (20, 0), #4 (20, 2). Live bytes per
	 * step: 36, 24, 24. Greedy by size takes #3 and #4 first, both at 0, and then stacks #1 above #4 and #2
	 * (steps 1-2) at 36: 40 bytes. By breadth, step 0's #3 and #2 go first (0 and 20), then step 1's #0 at
	 * 0 and #1 at 4, and last #4, live with #1 only, at 8: the 36-byte bound.
	 */
	@Test
	void crowdedStepsPickTheirOffsetsFirst() {
		set.add(4, 1, 1);
		set.add(4, 1, 2);
		set.add(16, 0, 1);
		set.add(20, 0, 0);
		set.add(20, 2, 2);
		long[] offsets = new long[5];

		assertEquals(40, new GreedyBySizePlanner().plan(set, offsets));
		assertEquals(36, new GreedyByBreadthPlanner().plan(set, offsets));
		assertArrayEquals(new long[] {0, 4, 20, 0, 8}, offsets);
	}

	@Test
	void emptySetNeedsNoArena() {
		assertEquals(0, new GreedyByBreadthPlanner().plan(set, new long[0]));
	}

	@Test
	void rejectsBadAlignment() {
		assertThrows(IllegalArgumentException.class, () -> new GreedyByBreadthPlanner(0));
	}
}
