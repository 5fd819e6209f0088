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
	 * over, which must die there and which the policy must let it overwrite (or fuse the operator); those share
	 * their offset, or the input starts at least the policy's lead after the output. Returns the in-place
	 * chains: per tensor, the first tensor of its chain (itself if none), -1 for constants.
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
			assertTrue(a.tensorOffset(t) + bytes(g, a, t) <= a.arenaBytes(), tensor + " beyond the arena");
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

	/**
	 * Whether output's producer may write it over input: input dies there, the policy allows (at the same offset
	 * or at least its lead ahead) or fuses the producer (at the same offset).
	 */
	private boolean writesOver(LayerGraph g, NetworkAnalysis a, InPlacePolicy policy, int output, int input) {
		int op = g.producer(output);
		if (op < 0 || !lifetimes.diesAt(input, op)) {
			return false;
		}
		long ahead = a.tensorOffset(input) - a.tensorOffset(output);
		if (a.fusedInto(op) >= 0) {
			return g.opInput(op, 0) == input && ahead == 0;
		}
		for (int k = 0; k < g.opInputCount(op); k++) {
			if (g.opInput(op, k) == input && policy.writesOver(g, op, k)) {
				long lead = policy.inputLead(g, op, k);
				return lead == 0 ? ahead == 0 : ahead >= lead;
			}
		}
		return false;
	}

	/**
	 * Wherever an input dies at an operator that may write over it at its offset, the first such input is written
	 * over; a fused PAD's output lies on its input. (An operator with a lead writes over only an input that starts
	 * its chain.)
	 */
	private void assertInPlaceWhereverAllowed(LayerGraph g, NetworkAnalysis a, InPlacePolicy policy, String context) {
		for (int op = 0; op < g.opCount(); op++) {
			if (a.fusedInto(op) >= 0) {
				assertEquals(policy.fusedInto(g, op), a.fusedInto(op), context + ": operator " + op);
				assertEquals(a.tensorOffset(g.opInput(op, 0)), a.tensorOffset(g.opOutput(op, 0)), context);
				continue;
			}
			for (int k = 0; k < g.opInputCount(op); k++) {
				int t = g.opInput(op, k);
				if (!g.isConstant(t) && lifetimes.diesAt(t, op) && policy.writesOver(g, op, k)
						&& policy.inputLead(g, op, k) == 0) {
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
					assertApart(a.tensorOffset(t), bytes(g, a, t), a.scratchOffset(op), a.scratchBytes(op),
							context + ": tensor " + t + " and scratch of operator " + op);
				}
			}
		}
	}

	/** A chain counts, at each step, the bytes from its lowest to its highest end of its tensors live then. */
	private void assertLiveBytesCountEachChainOnce(LayerGraph g, NetworkAnalysis a, int[] chains, String context) {
		long max = 0;
		int peak = -1;
		long[] lows = new long[g.tensorCount()];
		long[] highs = new long[g.tensorCount()];
		for (int op = 0; op < g.opCount(); op++) {
			long live = a.scratchBytes(op);
			Arrays.fill(lows, Long.MAX_VALUE);
			Arrays.fill(highs, Long.MIN_VALUE);
			for (int t = 0; t < g.tensorCount(); t++) {
				if (chains[t] >= 0 && lifetimes.firstStep(t) <= op && op <= lifetimes.lastStep(t)) {
					lows[chains[t]] = Math.min(lows[chains[t]], a.tensorOffset(t));
					highs[chains[t]] = Math.max(highs[chains[t]], a.tensorOffset(t) + bytes(g, a, t));
				}
			}
			for (int head = 0; head < g.tensorCount(); head++) {
				live += lows[head] <= highs[head] ? highs[head] - lows[head] : 0;
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

	/** The bytes a tensor takes in the arena: a fused operator's output is its input's bytes. */
	private static long bytes(LayerGraph g, NetworkAnalysis a, int tensor) {
		int producer = g.producer(tensor);
		return producer >= 0 && a.fusedInto(producer) >= 0 ? bytes(g, a, g.opInput(producer, 0))
				: g.tensorBytes(tensor);
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
		return a.tensorOffset(t) < a.tensorOffset(u) + bytes(g, a, u)
				&& a.tensorOffset(u) < a.tensorOffset(t) + bytes(g, a, t);
	}

	private static void assertApart(long offsetA, long sizeA, long offsetB, long sizeB, String what) {
		assertTrue(offsetA + sizeA <= offsetB || offsetB + sizeB <= offsetA, what + " are live together and overlap");
	}
}
