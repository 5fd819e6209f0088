package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BestOfPlannerTest {

	private final BufferSet set = new BufferSet();

	/** The set of PingPongPlannerTest where only both ends reach the 48-byte bound. */
	@Test
	void keepsTheSmallestArenaWithItsOffsets() {
		set.add(20, 0, 0);
		set.add(16, 1, 1);
		set.add(12, 0, 1);
		set.add(12, 0, 1);
		set.add(8, 1, 1);
		long[] offsets = new long[5];

		assertEquals(48, BestOfPlanner.allHeuristics(4).plan(set, offsets));
		assertArrayEquals(new long[] {0, 0, 36, 24, 16}, offsets);
	}

	/** Two buffers never live together, so 8 bytes would do; both plans take 16, and the first stands. */
	@Test
	void keepsTheFirstOfEqualArenas() {
		set.add(8, 0, 0);
		set.add(8, 1, 1);
		MemoryPlanner stacked = (buffers, offsets) -> {
			offsets[0] = 0;
			offsets[1] = 8;
			return 16;
		};
		MemoryPlanner reversed = (buffers, offsets) -> {
			offsets[0] = 8;
			offsets[1] = 0;
			return 16;
		};
		long[] offsets = new long[2];

		assertEquals(16, new BestOfPlanner(List.of(stacked, reversed)).plan(set, offsets));
		assertArrayEquals(new long[] {0, 8}, offsets);
	}

	/** Once a plan reaches the most bytes live at one step, nothing can beat it, so the rest are not run. */
	@Test
	void stopsAtTheLowerBound() {
		set.add(64, 0, 1);
		set.add(32, 1, 2);
		MemoryPlanner unreachable = (buffers, offsets) -> {
			throw new AssertionError("planned after the bound was reached");
		};
		long[] offsets = new long[2];

		assertEquals(96, new BestOfPlanner(List.of(new GreedyBySizePlanner(), unreachable)).plan(set, offsets));
	}

	/** 62 and 30 bytes take 64 and 32 at 4-byte alignment: 96 is the bound, though only 92 bytes are live. */
	@Test
	void stopsAtTheLowerBoundOfAlignedSizes() {
		set.add(62, 0, 1);
		set.add(30, 1, 2);
		MemoryPlanner unreachable = new MemoryPlanner() {
			@Override
			public long plan(BufferSet buffers, long[] offsets) {
				throw new AssertionError("planned after the bound was reached");
			}

			@Override
			public int alignment() {
				return 4;
			}
		};
		long[] offsets = new long[2];

		assertEquals(96, new BestOfPlanner(List.of(new GreedyBySizePlanner(4), unreachable)).plan(set, offsets));
	}

	@Test
	void needsAPlanner() {
		assertThrows(IllegalArgumentException.class, () -> new BestOfPlanner(List.of()));
	}
}
