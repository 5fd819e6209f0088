package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BufferSetTest {

	@Test
	void sumsTheBuffersLiveAtEachStep() {
		BufferSet set = new BufferSet();
		set.add(100, 0, 1);
		set.add(80, 1, 2);
		set.add(50, 2, 3);
		set.add(20, 0, 3);
		long[] live = new long[4];
		set.liveBytesPerStep(live, 4);

		assertArrayEquals(new long[] {120, 200, 150, 70}, live);
	}

	@Test
	void sumsTheSizesRoundedUpToTheAlignment() {
		BufferSet set = new BufferSet();
		set.add(99, 0, 1);
		set.add(5, 1, 1);
		set.add(8, 1, 1);
		long[] live = new long[2];
		set.liveBytesPerStep(live, 2, 8);

		assertArrayEquals(new long[] {104, 120}, live);
	}

	@Test
	void stepCountReachesPastTheLastLiveStep() {
		BufferSet set = new BufferSet();

		assertEquals(0, set.stepCount());
		set.add(8, 2, 5);
		set.add(8, 0, 3);

		assertEquals(6, set.stepCount());
	}

	@Test
	void liveTogetherMeansACommonStep() {
		BufferSet set = new BufferSet();
		int a = set.add(1, 0, 2);
		int b = set.add(1, 2, 3);
		int c = set.add(1, 3, 3);

		assertTrue(set.liveTogether(a, b));
		assertTrue(set.liveTogether(b, c));
		assertFalse(set.liveTogether(a, c));
	}

	@Test
	void clearKeepsCapacityAndForgetsBuffers() {
		BufferSet set = new BufferSet();
		for (int i = 0; i < 500; i++) {
			assertEquals(i, set.add(i, i, i + 1));
		}
		assertEquals(499, set.size(499));
		set.clear();

		assertEquals(0, set.count());
		assertEquals(0, set.add(7, 0, 0));
		assertThrows(IndexOutOfBoundsException.class, () -> set.size(1));
	}

	@Test
	void rejectsNegativeSizesAndEmptyRanges() {
		BufferSet set = new BufferSet();

		assertThrows(IllegalArgumentException.class, () -> set.add(-1, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> set.add(1, 2, 1));
		assertThrows(IllegalArgumentException.class, () -> set.add(1, -1, 0));
	}

	@Test
	void liveBytesRejectsBuffersBeyondTheSteps() {
		BufferSet set = new BufferSet();
		set.add(4, 0, 3);

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> set.liveBytesPerStep(new long[3], 3));
		assertTrue(e.getMessage().contains("buffer #0 lives until step 3 of only 3 steps"), e.getMessage());
	}
}
