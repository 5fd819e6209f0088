package dev.tinyforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.memory.TensorLifetimes;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random graphs from fixed seeds through the whole analyzer; a failure message names the seed. */
class NetworkAnalyzerPropertyTest {

	private static final int GRAPHS = 1500;

	private final TensorLifetimes lifetimes = new TensorLifetimes();

	@Test
	void randomGraphsGetConsistentAnalyses() {
		NetworkAnalyzer analyzer = new NetworkAnalyzer();
		NetworkAnalysis reused = new NetworkAnalysis();
		LayerGraph.Builder builder = new LayerGraph.Builder();
		for (int seed = 0; seed < GRAPHS; seed++) {
			LayerGraph g = RandomGraphs.build(new Random(seed), builder);
			analyzer.analyze(g, reused);
			lifetimes.compute(g);
			String context = "seed " + seed;

			assertArenaSeparatesLiveTensors(g, reused, context);
			assertLiveBytesAreTheLiveTensorsAndScratch(g, reused, context);
			assertTotalsSumTheOperators(g, reused, context);
			NetworkAnalysis fresh = new NetworkAnalyzer().analyze(g);
			for (int t = 0; t < g.tensorCount(); t++) {
				assertEquals(fresh.tensorOffset(t), reused.tensorOffset(t), context + ": plan not deterministic");
			}
		}
	}

	private void assertArenaSeparatesLiveTensors(LayerGraph g, NetworkAnalysis a, String context) {
		for (int t = 0; t < g.tensorCount(); t++) {
			if (g.isConstant(t)) {
				assertEquals(-1, a.tensorOffset(t), context);
				continue;
			}
			assertEquals(0, a.tensorOffset(t) % 4, context + ": tensor " + t + " misaligned");
			assertTrue(a.tensorOffset(t) + g.tensorBytes(t) <= a.arenaBytes(), context);
			for (int other = 0; other < t; other++) {
				if (!g.isConstant(other) && lifetimes.firstStep(t) <= lifetimes.lastStep(other)
						&& lifetimes.firstStep(other) <= lifetimes.lastStep(t)) {
					assertApart(a.tensorOffset(t), g.tensorBytes(t), a.tensorOffset(other), g.tensorBytes(other),
							context + ": tensors " + other + " and " + t);
				}
			}
			for (int op = lifetimes.firstStep(t); op <= lifetimes.lastStep(t) && op < g.opCount(); op++) {
				if (a.scratchBytes(op) > 0) {
					assertApart(a.tensorOffset(t), g.tensorBytes(t), a.scratchOffset(op), a.scratchBytes(op),
							context + ": tensor " + t + " and scratch of operator " + op);
				}
			}
		}
	}

	private void assertLiveBytesAreTheLiveTensorsAndScratch(LayerGraph g, NetworkAnalysis a, String context) {
		long max = 0;
		int peak = -1;
		for (int op = 0; op < g.opCount(); op++) {
			long live = a.scratchBytes(op);
			for (int t = 0; t < g.tensorCount(); t++) {
				if (!g.isConstant(t) && lifetimes.firstStep(t) <= op && op <= lifetimes.lastStep(t)) {
					live += g.tensorBytes(t);
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

	private static void assertApart(long offsetA, long sizeA, long offsetB, long sizeB, String what) {
		assertTrue(offsetA + sizeA <= offsetB || offsetB + sizeB <= offsetA, what + " are live together and overlap");
	}
}
