package dev.tinyforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import dev.tinyforge.analysis.memory.GreedyBySizePlanner;
import dev.tinyforge.analysis.memory.InPlacePolicy;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

class NetworkAnalyzerTest {

	private final NetworkAnalyzer analyzer = new NetworkAnalyzer();

	/**
	 * in [1,8,8,3] -> conv 3x3 3->16 SAME [1,8,8,16] -> depthwise 3x3 s2 [1,4,4,16] -> average pool
	 * [1,1,1,16] -> reshape [1,16] -> fully connected 16->4 [1,4] -> softmax [1,4]. Tensor ids: in 0,
	 * conv 3, dw 6, pool 7, reshape 8, fc 11, softmax 12; the others are weights and biases.
	 */
	private static LayerGraph smallChain(LayerGraph.Builder b) {
		SequentialNet net = new SequentialNet(b, 8, 8, 3);
		net.conv("conv", "stem", 16, 3, 1);
		net.depthwise("dw", "block", 3, 2);
		net.globalAveragePool("pool", "head");
		net.flatten("reshape", "head");
		net.fullyConnected("fc", "head", 4);
		net.softmax("softmax", "head");
		return net.build();
	}

	@Test
	void costsEveryOperator() {
		NetworkAnalysis a = analyzer.analyze(smallChain(new LayerGraph.Builder()));

		assertSeries(new long[] {8 * 8 * 16 * 27, 4 * 4 * 16 * 9, 0, 0, 16 * 4, 0}, a::macs);
		assertSeries(new long[] {432 + 16, 144 + 16, 0, 0, 64 + 4, 0}, a::params);
		assertSeries(new long[] {432 + 64, 144 + 64, 0, 0, 64 + 16, 0}, a::weightBytes);
		assertSeries(new long[] {192, 1024, 256, 16, 16, 4}, a::inputBytes);
		assertSeries(new long[] {1024, 256, 16, 16, 4, 4}, a::outputBytes);
		// im2col of the 3x3 conv: 2 * 27 int16; the stride-2 depthwise pads its 8x8 channel by 1: 9 x 9
		assertSeries(new long[] {2 * 27 * 2, 9 * 9, 0, 0, 0, 0}, a::scratchBytes);
		assertEquals(27648 + 2304 + 64, a.totalMacs());
		assertEquals(448 + 160 + 68, a.totalParams());
		assertEquals(496 + 208 + 80, a.totalWeightBytes());
	}

	/**
	 * The depthwise runs in place over the conv output and the reshape over the pool output, so those
	 * pairs share their bytes. Step 0: input, conv output and im2col, 192 + 1024 + 108; step 1: the conv
	 * output the depthwise writes over and the padded channel, 1024 + 81; step 2: the depthwise output, all
	 * the chain still needs, and the pool output, 256 + 16; step 3: the pool/reshape buffer, 16; step 4: it
	 * and the fc output, 16 + 4; step 5: fc and softmax outputs, 4 + 4.
	 */
	@Test
	void measuresLiveBytesPerStepAndThePeak() {
		NetworkAnalysis a = analyzer.analyze(smallChain(new LayerGraph.Builder()));

		assertSeries(new long[] {1324, 1105, 272, 16, 20, 8}, a::liveBytes);
		assertEquals(1324, a.maxLiveBytes());
		assertEquals(0, a.peakStep());
	}

	/**
	 * Greedy by size reaches the 1324-byte bound, so it is the plan: the conv/dw chain at 0; the input,
	 * live with it, at 1024 and the im2col above the input at 1216; the padded channel (84 bytes aligned)
	 * at 1024 again, where the input has died; the pool/reshape buffer at 256, right above the depthwise
	 * output, all of the chain live at step 2; the fc output at 0 once the chain has died, and the softmax
	 * output above it at 4.
	 */
	@Test
	void plansTheArenaWithInPlaceOperators() {
		NetworkAnalysis a = analyzer.analyze(smallChain(new LayerGraph.Builder()));

		assertEquals(1324, a.arenaBytes());
		assertSeries(new long[] {1024, -1, -1, 0, -1, -1, 0, 256, 256, -1, -1, 0, 4}, a::tensorOffset);
		assertSeries(new long[] {1216, 1024, -1, -1, -1, -1}, a::scratchOffset);
	}

	@Test
	void sharedConstantsCountOnceInTheTotals() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {1, 8}, 1, false);
		int weights = b.tensor("w", new int[] {8, 8}, 1, true);
		int hidden = b.tensor("hidden", new int[] {1, 8}, 1, false);
		int out = b.tensor("out", new int[] {1, 8}, 1, false);
		b.op("fc1", "fc", OpKind.FULLY_CONNECTED, new int[] {in, weights}, new int[] {hidden}, Window.NONE);
		b.op("fc2", "fc", OpKind.FULLY_CONNECTED, new int[] {hidden, weights}, new int[] {out}, Window.NONE);
		NetworkAnalysis a = analyzer.analyze(b.inputs(in).outputs(out).build());

		assertEquals(64, a.params(0));
		assertEquals(64, a.params(1));
		assertEquals(64, a.totalParams());
		assertEquals(64, a.totalWeightBytes());
		assertEquals(128, a.totalMacs());
	}

	@Test
	void reusedResultEqualsAFreshOne() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		LayerGraph large = TestNetworks.mobileNetV1(b);
		LayerGraph small = smallChain(b);
		NetworkAnalysis reused = new NetworkAnalysis();
		analyzer.analyze(large, reused);
		analyzer.analyze(small, reused);
		NetworkAnalysis fresh = new NetworkAnalyzer().analyze(small);

		assertEquals(fresh.toString(), reused.toString());
		assertEquals(small.opCount(), reused.opCount());
		for (int op = 0; op < small.opCount(); op++) {
			assertEquals(fresh.liveBytes(op), reused.liveBytes(op));
			assertEquals(fresh.scratchOffset(op), reused.scratchOffset(op));
		}
		for (int t = 0; t < small.tensorCount(); t++) {
			assertEquals(fresh.tensorOffset(t), reused.tensorOffset(t));
		}
		assertEquals(fresh.totalParams(), reused.totalParams());
		assertThrows(IndexOutOfBoundsException.class, () -> reused.macs(small.opCount()));
		assertThrows(IndexOutOfBoundsException.class, () -> reused.tensorOffset(small.tensorCount()));
	}

	@Test
	void emptyGraphNeedsNothing() {
		NetworkAnalysis a = analyzer.analyze(new LayerGraph.Builder().build());

		assertEquals(0, a.opCount());
		assertEquals(0, a.arenaBytes());
		assertEquals(0, a.maxLiveBytes());
		assertEquals(-1, a.peakStep());
		assertEquals(0, a.totalMacs());
	}

	@Test
	void graphWithoutOperatorsStillHoldsItsInput() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {1, 13}, 1, false);
		NetworkAnalysis a = analyzer.analyze(b.inputs(in).outputs(in).build());

		assertEquals(16, a.arenaBytes());
		assertEquals(13, a.maxLiveBytes());
		assertEquals(-1, a.peakStep());
		assertEquals(0, a.tensorOffset(0));
	}

	/** Without scratch and in-place operators, steps 0 and 1 hold the 1024-byte conv output and 192 or 256 more. */
	@Test
	void usesTheGivenScratchModelInPlacePolicyAndPlanner() {
		NetworkAnalyzer plain = new NetworkAnalyzer((g, op) -> 0, InPlacePolicy.NONE, new GreedyBySizePlanner(1));
		NetworkAnalysis same = new NetworkAnalyzer((g, op) -> 0, new GreedyBySizePlanner(1))
				.analyze(smallChain(new LayerGraph.Builder()));
		NetworkAnalysis a = plain.analyze(smallChain(new LayerGraph.Builder()));

		assertEquals(0, a.scratchBytes(0));
		assertEquals(-1, a.scratchOffset(0));
		assertEquals(1280, a.arenaBytes());
		assertEquals(1024, a.tensorOffset(6));
		assertEquals(a.toString(), same.toString(), "without a policy, nothing runs in place");
	}

	@Test
	void rejectsNegativeScratch() {
		NetworkAnalyzer broken = new NetworkAnalyzer((g, op) -> -1, InPlacePolicy.NONE, new GreedyBySizePlanner());
		LayerGraph g = smallChain(new LayerGraph.Builder());

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> broken.analyze(g));
		assertTrue(e.getMessage().contains("scratch model gave -1 bytes for operator 'conv' (#0)"), e.getMessage());
	}

	@Test
	void rejectsAPlannerThatOverrunsItsArena() {
		NetworkAnalyzer broken = new NetworkAnalyzer((g, op) -> 0, InPlacePolicy.NONE, (buffers, offsets) -> 0);
		LayerGraph g = smallChain(new LayerGraph.Builder());

		IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.analyze(g));
		assertTrue(e.getMessage().contains("outside its arena of 0 bytes"), e.getMessage());
	}

	private static void assertSeries(long[] expected, IntToLongFunction actual) {
		for (int i = 0; i < expected.length; i++) {
			assertEquals(expected[i], actual.applyAsLong(i), "index " + i);
		}
	}
}
