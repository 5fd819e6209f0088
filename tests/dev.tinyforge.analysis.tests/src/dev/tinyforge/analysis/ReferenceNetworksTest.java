package dev.tinyforge.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinyforge.analysis.graph.LayerGraph;
import org.junit.jupiter.api.Test;

class ReferenceNetworksTest {

	private final NetworkAnalyzer analyzer = new NetworkAnalyzer();

	/** The published figure for MobileNetV1-0.25 on 96x96x1 (e.g. the MLPerf Tiny VWW model). */
	@Test
	void mobileNetV1QuarterWidthHasThePublishedMacCount() {
		LayerGraph g = TestNetworks.mobileNetV1(new LayerGraph.Builder());
		NetworkAnalysis a = analyzer.analyze(g);

		assertEquals(31, g.opCount());
		assertEquals(7_157_888, a.totalMacs());
	}

	/**
	 * Weights: stem 72, per block 9*cin (depthwise) + cin*cout (pointwise), logits 512: 207,968;
	 * biases: one per output channel of every convolution: 2,738, stored as int32.
	 */
	@Test
	void mobileNetV1QuarterWidthParameters() {
		NetworkAnalysis a = analyzer.analyze(TestNetworks.mobileNetV1(new LayerGraph.Builder()));

		assertEquals(207_968 + 2_738, a.totalParams());
		assertEquals(207_968 + 4 * 2_738, a.totalWeightBytes());
	}

	/**
	 * Each depthwise runs in place; once it ran, its chain holds only its output. Block 1's pointwise
	 * convolution reads its 48x48x8 input from 18,456 bytes into its 48x48x16 output (two output pixels ahead,
	 * see CodegenInPlacePolicy), plus two q15 columns of 8: 36,920 bytes. Block 2's stride-2 depthwise then
	 * holds that output, which it writes over, and one padded 49x49 channel: 39,265, the peak. The plan is that
	 * rounded up to whole words.
	 */
	@Test
	void mobileNetV1QuarterWidthPeaksAtTheSecondDepthwiseConvolution() {
		LayerGraph g = TestNetworks.mobileNetV1(new LayerGraph.Builder());
		NetworkAnalysis a = analyzer.analyze(g);

		assertEquals(18_456 + 48 * 48 * 8 + 2 * 8 * 2, a.liveBytes(2));
		assertEquals(3, a.peakStep());
		assertEquals("block2/dw", g.opName(a.peakStep()));
		assertEquals(48 * 48 * 16 + 49 * 49, a.maxLiveBytes());
		assertEquals(39_268, a.arenaBytes());
	}

	@Test
	void mcunetLikeNetworkHasInvertedResidualShape() {
		LayerGraph g = TestNetworks.mcunetLike(new LayerGraph.Builder());
		NetworkAnalysis a = analyzer.analyze(g);

		assertEquals(54, g.opCount());
		assertTrue(a.maxLiveBytes() <= a.arenaBytes());
		assertTrue(a.totalMacs() > 0);
		assertEquals(g.tensorCount(), a.tensorCount());
	}
}
