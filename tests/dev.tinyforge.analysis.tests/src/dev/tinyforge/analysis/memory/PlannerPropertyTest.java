package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Every planner on random buffer sets from fixed seeds; a failure message names the seed to replay. */
class PlannerPropertyTest {

	private static final int SETS = 4000;
	private static final int[] ALIGNMENTS = {1, 4, 8, 16};

	/** The heuristics, each made for an alignment; the best-of planner is checked against all of them. */
	private static final List<IntFunction<MemoryPlanner>> HEURISTICS = List.of(GreedyBySizePlanner::new,
			GreedyByBreadthPlanner::new, PingPongPlanner::new);

	@Test
	void randomPlansAreValidDeterministicAndTheBestIsTheSmallest() {
		MemoryPlanner[][] reused = new MemoryPlanner[ALIGNMENTS.length][];
		BestOfPlanner[] best = new BestOfPlanner[ALIGNMENTS.length];
		for (int a = 0; a < ALIGNMENTS.length; a++) {
			int alignment = ALIGNMENTS[a];
			reused[a] = HEURISTICS.stream().map(make -> make.apply(alignment)).toArray(MemoryPlanner[]::new);
			best[a] = BestOfPlanner.allHeuristics(alignment);
		}
		BufferSet set = new BufferSet();
		long[] offsets = new long[0];
		for (int seed = 0; seed < SETS; seed++) {
			Random random = new Random(seed);
			int a = random.nextInt(ALIGNMENTS.length);
			int alignment = ALIGNMENTS[a];
			fillRandomly(set, random);
			if (offsets.length < set.count()) {
				offsets = new long[set.count() * 2];
			}
			long smallest = Long.MAX_VALUE;
			for (int h = 0; h < HEURISTICS.size(); h++) {
				String context = "seed " + seed + ", " + reused[a][h].getClass().getSimpleName();
				long arena = reused[a][h].plan(set, offsets);
				assertValidPlan(set, offsets, arena, alignment, context);
				assertSamePlanFromAFreshPlanner(set, offsets, arena, HEURISTICS.get(h).apply(alignment), context);
				smallest = Math.min(smallest, arena);
			}
			long bestArena = best[a].plan(set, offsets);
			assertValidPlan(set, offsets, bestArena, alignment, "seed " + seed + ", best of");
			assertEquals(smallest, bestArena, "seed " + seed + ": best of is not the smallest");
			assertSamePlanFromAFreshPlanner(set, offsets, bestArena, BestOfPlanner.allHeuristics(alignment),
					"seed " + seed + ", best of");
		}
	}

	/**
	 * Up to 80 buffers over up to 40 steps; a third of the sets draw sizes from a few values so that
	 * ties are common, some buffers live for the whole run like graph inputs and outputs. A quarter of the
	 * buffers join the group of an earlier one, at a displacement every alignment divides, after the group's
	 * last step (as the footprints of an in-place chain follow each other).
	 */
	private static void fillRandomly(BufferSet set, Random random) {
		set.clear();
		int count = random.nextInt(81);
		int steps = 1 + random.nextInt(40);
		boolean fewSizes = random.nextInt(3) == 0;
		int[] groupLast = new int[count]; // per group: the last step of its buffers
		for (int b = 0; b < count; b++) {
			long size = fewSizes ? 16L << random.nextInt(3) : 1 + random.nextInt(5000);
			int group = b > 0 && random.nextInt(4) == 0 ? set.group(random.nextInt(b)) : -1;
			int first = group >= 0 ? groupLast[group] + 1 : random.nextInt(steps);
			if (first >= steps) {
				group = -1;
				first = random.nextInt(steps);
			}
			int last = random.nextInt(8) == 0 ? steps - 1 : Math.min(steps - 1, first + random.nextInt(4));
			int added = set.add(size, first, last, group, group < 0 ? 0 : 16L * random.nextInt(200));
			groupLast[set.group(added)] = last;
		}
	}

	private static void assertSamePlanFromAFreshPlanner(BufferSet set, long[] offsets, long arena, MemoryPlanner fresh,
			String context) {
		long[] freshOffsets = new long[set.count()];

		assertEquals(arena, fresh.plan(set, freshOffsets), context + ": arena not deterministic");
		assertArrayEquals(Arrays.copyOf(offsets, set.count()), freshOffsets, context + ": offsets not deterministic");
	}

	private static void assertValidPlan(BufferSet set, long[] offsets, long arena, int alignment, String context) {
		long highest = 0;
		for (int b = 0; b < set.count(); b++) {
			long aligned = alignUp(set.size(b), alignment);
			assertEquals(0, offsets[b] % alignment, context + ": buffer " + b + " misaligned");
			assertTrue(offsets[b] >= 0 && offsets[b] + aligned <= arena,
					context + ": buffer " + b + " outside the arena");
			highest = Math.max(highest, offsets[b] + aligned);
			for (int other = 0; other < b; other++) {
				if (set.liveTogether(b, other)) {
					long otherAligned = alignUp(set.size(other), alignment);
					boolean apart = offsets[b] + aligned <= offsets[other]
							|| offsets[other] + otherAligned <= offsets[b];
					assertTrue(apart, context + ": buffers " + other + " and " + b + " are live together and overlap");
				}
			}
		}
		assertEquals(highest, arena, context + ": arena is not the end of the highest buffer");
		for (int b = 0; b < set.count(); b++) {
			int group = set.group(b);
			assertEquals(offsets[group] - set.displacement(group), offsets[b] - set.displacement(b),
					context + ": buffer " + b + " moved within its group");
		}
		long[] live = new long[set.stepCount()];
		set.liveBytesPerStep(live, live.length);
		for (long bytes : live) {
			assertTrue(arena >= bytes, context + ": arena " + arena + " below live bytes " + bytes);
		}
	}

	private static long alignUp(long size, int alignment) {
		return (size + alignment - 1) / alignment * alignment;
	}
}
