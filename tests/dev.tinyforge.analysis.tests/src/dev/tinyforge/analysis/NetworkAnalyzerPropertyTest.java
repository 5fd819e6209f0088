package dev.tinyforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinyforge.analysis.cost.KernelScratchModel;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.memory.BestOfPlanner;
import dev.tinyforge.analysis.memory.CodegenInPlacePolicy;
import dev.tinyforge.analysis.memory.InPlacePolicy;
import dev.tinyforge.analysis.memory.MemoryPlanner;
import dev.tinyforge.analysis.memory.TensorLifetimes;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random graphs from fixed seeds through the whole analyzer, with the code generator's in-place rules and
 * without any; a failure message names the seed. The checks work from tensor offsets and lifetimes alone,
 * not from the analyzer's buffers.
 */
class NetworkAnalyzerPropertyTest {

	private static final int GRAPHS = 2000;

	private final TensorLifetimes lifetimes = new TensorLifetimes();

	@Test
	void randomGraphsGetConsistentAnalysesWithInPlaceOperators() {
		checkRandomGraphs(new CodegenInPlacePolicy());
	}

	@Test
	void randomGraphsGetConsistentAnalysesWithoutInPlaceOperators() {
		checkRandomGraphs(InPlacePolicy.NONE);
	}

	private void checkRandomGraphs(InPlacePolicy policy) {
		NetworkAnalyzer analyzer = analyzer(policy);
		NetworkAnalysis reused = new NetworkAnalysis();
		LayerGraph.Builder builder = new LayerGraph.Builder();
		for (int seed = 0; seed < GRAPHS; seed++) {
			LayerGraph g = RandomGraphs.build(new Random(seed), builder);
			analyzer.analyze(g, reused);
			lifetimes.compute(g);
			String context = "seed " + seed;

			int[] chains = assertOnlyInPlaceTensorsOverlap(g, reused, policy, context);
			assertInPlaceWhereverAllowed(g, reused, policy, context);
			assertScratchApartFromLiveTensors(g, reused, context);
			assertLiveBytesCountEachChainOnce(g, reused, chains, context);
			assertTotalsSumTheOperators(g, reused, context);
			NetworkAnalysis fresh = analyzer(policy).analyze(g);
			assertEquals(fresh.arenaBytes(), reused.arenaBytes(), context + ": plan not deterministic");
			for (int t = 0; t < g.tensorCount(); t++) {
				assertEquals(fresh.tensorOffset(t), reused.tensorOffset(t), context + ": plan not deterministic");
			}
		}
	}

	private static NetworkAnalyzer analyzer(InPlacePolicy policy) {
		return new NetworkAnalyzer(new KernelScratchModel(), policy,
				BestOfPlanner.allHeuristics(MemoryPlanner.DEFAULT_ALIGNMENT));
	}

	/**
	 * Tensors live at a common step never overlap, except an operator's output and the input it writes
	 * over, which must die there and which the policy must let it overwrite; those share their offset.
	 * Returns the in-place chains: per tensor, the first tensor of its chain (itself if none), -1 for
	 * constants.
	 */
	private int[] assertOnlyInPlaceTensorsOverlap(LayerGraph g, NetworkAnalysis a, InPlacePolicy policy,
			String context) {
		int[] writtenOver = new int[g.tensorCount()]; // per output: the input it shares, -1 if none
		Arrays.fill(writtenOver, -1);
		for (int t = 0; t < g.tensorCount(); t++) {
			if (g.isConstant(t)) {
				assertEquals(-1, a.tensorOffset(t), context);
				continue;
			}
			String tensor = context + ": tensor " + t;
			assertEquals(0, a.tensorOffset(t) % MemoryPlanner.DEFAULT_ALIGNMENT, tensor + " misaligned");
			assertTrue(a.tensorOffset(t) + g.tensorBytes(t) <= a.arenaBytes(), tensor + " beyond the arena");
			for (int u = 0; u < t; u++) {
				if (!g.isConstant(u) && liveTogether(t, u) && overlap(g, a, t, u)) {
					String pair = context + ": tensors " + u + " and " + t + " are live together and overlap";
					int output = writesOver(g, a, policy, t, u) ? t : writesOver(g, a, policy, u, t) ? u : -1;
					assertTrue(output >= 0, pair);
					assertEquals(-1, writtenOver[output], pair + ", and the output overlaps another input");
					writtenOver[output] = output == t ? u : t;
				}
			}
		}
		int[] chains = new int[g.tensorCount()];
		for (int t = 0; t < g.tensorCount(); t++) {
			chains[t] = g.isConstant(t) ? -1 : t;
		}
		// operators run in index order, so an input's chain is known before its output joins it
		for (int op = 0; op < g.opCount(); op++) {
			int out = g.opOutput(op, 0);
			if (writtenOver[out] >= 0) {
				chains[out] = chains[writtenOver[out]];
			}
		}
		return chains;
	}

	/** Whether output's producer may write it over input: input dies there, the policy allows, same offset. */
	private boolean writesOver(LayerGraph g, NetworkAnalysis a, InPlacePolicy policy, int output, int input) {
		int op = g.producer(output);
		if (op < 0 || a.tensorOffset(output) != a.tensorOffset(input) || !lifetimes.diesAt(input, op)) {
			return false;
		}
		for (int k = 0; k < g.opInputCount(op); k++) {
			if (g.opInput(op, k) == input && policy.writesOver(g, op, k)) {
				return true;
			}
		}
		return false;
	}

	/** Wherever an input dies at an operator that may write over it, the first such input is written over. */
	private void assertInPlaceWhereverAllowed(LayerGraph g, NetworkAnalysis a, InPlacePolicy policy, String context) {
		for (int op = 0; op < g.opCount(); op++) {
			for (int k = 0; k < g.opInputCount(op); k++) {
				int t = g.opInput(op, k);
				if (!g.isConstant(t) && lifetimes.diesAt(t, op) && policy.writesOver(g, op, k)) {
					assertEquals(a.tensorOffset(t), a.tensorOffset(g.opOutput(op, 0)),
							context + ": operator " + op + " does not write over input " + k);
					break;
				}
			}
		}
	}

	private void assertScratchApartFromLiveTensors(LayerGraph g, NetworkAnalysis a, String context) {
		for (int op = 0; op < g.opCount(); op++) {
			if (a.scratchBytes(op) == 0) {
				assertEquals(-1, a.scratchOffset(op), context);
				continue;
			}
			assertTrue(a.scratchOffset(op) + a.scratchBytes(op) <= a.arenaBytes(), context);
			for (int t = 0; t < g.tensorCount(); t++) {
				if (!g.isConstant(t) && lifetimes.firstStep(t) <= op && op <= lifetimes.lastStep(t)) {
					assertApart(a.tensorOffset(t), g.tensorBytes(t), a.scratchOffset(op), a.scratchBytes(op),
							context + ": tensor " + t + " and scratch of operator " + op);
				}
			}
		}
	}

	/** A chain counts at its largest tensor's size from its first tensor's first step to its last one's last. */
	private void assertLiveBytesCountEachChainOnce(LayerGraph g, NetworkAnalysis a, int[] chains, String context) {
		long[] sizes = new long[g.tensorCount()];
		int[] firstSteps = new int[g.tensorCount()];
		int[] lastSteps = new int[g.tensorCount()];
		Arrays.fill(firstSteps, Integer.MAX_VALUE);
		Arrays.fill(lastSteps, -1);
		for (int t = 0; t < g.tensorCount(); t++) {
			if (chains[t] >= 0) {
				sizes[chains[t]] = Math.max(sizes[chains[t]], g.tensorBytes(t));
				firstSteps[chains[t]] = Math.min(firstSteps[chains[t]], lifetimes.firstStep(t));
				lastSteps[chains[t]] = Math.max(lastSteps[chains[t]], lifetimes.lastStep(t));
			}
		}
		long max = 0;
		int peak = -1;
		for (int op = 0; op < g.opCount(); op++) {
			long live = a.scratchBytes(op);
			for (int head = 0; head < g.tensorCount(); head++) {
				if (firstSteps[head] <= op && op <= lastSteps[head]) {
					live += sizes[head];
				}
			}
			assertEquals(live, a.liveBytes(op), context + ": live bytes at step " + op);
			if (peak < 0 || live > max) {
				max = live;
				peak = op;
			}
		}
		if (g.opCount() > 0) {
			assertEquals(max, a.maxLiveBytes(), context);
		}
		assertEquals(peak, a.peakStep(), context);
		assertTrue(a.maxLiveBytes() <= a.arenaBytes(), context + ": arena below the live bytes");
	}

	private static void assertTotalsSumTheOperators(LayerGraph g, NetworkAnalysis a, String context) {
		long macs = 0;
		long weightBytes = 0;
		for (int op = 0; op < g.opCount(); op++) {
			macs += a.macs(op);
			weightBytes += a.weightBytes(op);
		}
		assertEquals(macs, a.totalMacs(), context);
		assertEquals(weightBytes, a.totalWeightBytes(), context + ": random graphs share no constants");
	}

	private boolean liveTogether(int t, int u) {
		return lifetimes.firstStep(t) <= lifetimes.lastStep(u) && lifetimes.firstStep(u) <= lifetimes.lastStep(t);
	}

	private static boolean overlap(LayerGraph g, NetworkAnalysis a, int t, int u) {
		return a.tensorOffset(t) < a.tensorOffset(u) + g.tensorBytes(u)
				&& a.tensorOffset(u) < a.tensorOffset(t) + g.tensorBytes(t);
	}

	private static void assertApart(long offsetA, long sizeA, long offsetB, long sizeB, String what) {
		assertTrue(offsetA + sizeA <= offsetB || offsetB + sizeB <= offsetA, what + " are live together and overlap");
	}
}
