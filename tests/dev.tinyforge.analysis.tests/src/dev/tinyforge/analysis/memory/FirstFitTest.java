package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** First fit against a scan of every base from 0 up, on random placed buffers and random groups. */
class FirstFitTest {

	private static final int CASES = 3000;

	@Test
	void findsTheLowestBaseAtWhichNoMemberOverlapsABufferLiveWithIt() {
		FirstFit fit = new FirstFit();
		for (int seed = 0; seed < CASES; seed++) {
			Random random = new Random(seed);
			int steps = 1 + random.nextInt(12);
			int placed = random.nextInt(30);
			int members = 1 + random.nextInt(4);
			int n = placed + members;
			long[] sizes = new long[n];
			long[] displacements = new long[n];
			int[] first = new int[n];
			int[] last = new int[n];
			long[] offsets = new long[n];
			fit.reset(steps);
			for (int b = 0; b < n; b++) {
				sizes[b] = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(40);
				first[b] = random.nextInt(steps);
				last[b] = Math.min(steps - 1, first[b] + random.nextInt(4));
				displacements[b] = b < placed ? 0 : random.nextInt(50);
				if (b < placed) {
					offsets[b] = random.nextInt(120);
					fit.insert(offsets[b], sizes[b], first[b], last[b]);
				}
			}
			int[] group = new int[members];
			for (int i = 0; i < members; i++) {
				group[i] = placed + i;
			}

			long base = fit.lowestFreeBase(sizes, displacements, first, last, group, 0, members);

			assertEquals(scannedBase(sizes, displacements, first, last, offsets, placed, group), base,
					"seed " + seed);
		}
	}

	/** The first base from 0 up at which no member overlaps a placed buffer it is live with. */
	private static long scannedBase(long[] sizes, long[] displacements, int[] first, int[] last, long[] offsets,
			int placed, int[] group) {
		for (long base = 0;; base++) {
			if (isFree(base, sizes, displacements, first, last, offsets, placed, group)) {
				return base;
			}
		}
	}

	/** A member overlaps a placed buffer if it starts below that one's end and ends above its start. */
	private static boolean isFree(long base, long[] sizes, long[] displacements, int[] first, int[] last,
			long[] offsets, int placed, int[] group) {
		for (int m : group) {
			long low = base + displacements[m];
			for (int p = 0; p < placed; p++) {
				boolean liveTogether = first[m] <= last[p] && first[p] <= last[m];
				if (liveTogether && offsets[p] < low + sizes[m] && offsets[p] + sizes[p] > low) {
					return false;
				}
			}
		}
		return true;
	}
}
