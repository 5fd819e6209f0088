package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GreedyBySizePlannerTest {

	private final GreedyBySizePlanner planner = new GreedyBySizePlanner();
	private final BufferSet set = new BufferSet();

	@Test
	void emptySetNeedsNoArena() {
		assertEquals(0, planner.plan(set, new long[0]));
	}

	@Test
	void singleBufferSitsAtZeroRoundedToTheAlignment() {
		set.add(13, 0, 0);
		long[] offsets = new long[1];

		assertEquals(16, planner.plan(set, offsets));
		assertEquals(0, offsets[0]);
	}

	@Test
	void buffersLiveTogetherStackInIdOrderWhenSizesAndStartsTie() {
		set.add(64, 0, 2);
		set.add(64, 0, 2);
		set.add(64, 0, 2);
		long[] offsets = new long[3];

		assertEquals(192, planner.plan(set, offsets));
		assertArrayEquals(new long[] {0, 64, 128}, offsets);
	}

	@Test
	void buffersNeverLiveTogetherShareOffsetZero() {
		set.add(64, 0, 0);
		set.add(64, 1, 1);
		set.add(64, 2, 2);
		long[] offsets = new long[3];

		assertEquals(64, planner.plan(set, offsets));
		assertArrayEquals(new long[] {0, 0, 0}, offsets);
	}

	/**
	 * A (100, steps 0-1) goes first at 0; B (80, 1-2) lives with A, so 100; C (50, 2-3) lives with
	 * B only and fits the gap under it at 0; D (20, 0-3) lives with all and ends up above B at 180.
	 */
	@Test
	void smallerBuffersFillGapsBelowLargerOnes() {
		set.add(100, 0, 1);
		set.add(80, 1, 2);
		set.add(50, 2, 3);
		set.add(20, 0, 3);
		long[] offsets = new long[4];

		assertEquals(200, planner.plan(set, offsets));
		assertArrayEquals(new long[] {0, 100, 0, 180}, offsets);
	}

	@Test
	void equalSizesGoByFirstStepThenId() {
		set.add(32, 3, 4); // placed third
		set.add(32, 1, 4); // placed first
		set.add(32, 1, 4); // placed second
		long[] offsets = new long[3];
		planner.plan(set, offsets);

		assertArrayEquals(new long[] {64, 0, 32}, offsets);
	}

	@Test
	void alignmentRoundsEverySize() {
		GreedyBySizePlanner aligned16 = new GreedyBySizePlanner(16);
		set.add(17, 0, 1);
		set.add(3, 0, 1);
		long[] offsets = new long[2];

		assertEquals(48, aligned16.plan(set, offsets));
		assertArrayEquals(new long[] {0, 32}, offsets);
		assertEquals(20, new GreedyBySizePlanner(1).plan(set, offsets));
	}

	@Test
	void zeroSizeBufferTakesNoSpace() {
		set.add(0, 0, 0);
		set.add(8, 0, 0);
		long[] offsets = new long[2];

		assertEquals(8, planner.plan(set, offsets));
		assertArrayEquals(new long[] {0, 0}, offsets);
	}

	@Test
	void rejectsBadAlignmentAndShortOffsetArrays() {
		set.add(8, 0, 0);

		assertThrows(IllegalArgumentException.class, () -> new GreedyBySizePlanner(0));
		assertThrows(IllegalArgumentException.class, () -> planner.plan(set, new long[0]));
	}
}
