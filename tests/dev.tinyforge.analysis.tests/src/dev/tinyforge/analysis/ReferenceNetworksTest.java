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
	 * convolution holds its 48x48x8 input, its 48x48x16 output and two q15 columns of 8: 55,328 bytes, the peak
	 * (its input is written in place over the stem's output, so it cannot lie at the end of the output as a
	 * pointwise input that starts its chain can). Block 2's holds the 24x24x16 output of the stride-2 depthwise,
	 * its 24x24x32 output and two columns of 16. The plan reaches the peak.
	 */
	@Test
	void mobileNetV1QuarterWidthPeaksAtTheFirstPointwiseConvolution() {
		LayerGraph g = TestNetworks.mobileNetV1(new LayerGraph.Builder());
		NetworkAnalysis a = analyzer.analyze(g);

		assertEquals(24 * 24 * 16 + 24 * 24 * 32 + 2 * 16 * 2, a.liveBytes(4));
		assertEquals(2, a.peakStep());
		assertEquals("block1/pw", g.opName(a.peakStep()));
		assertEquals(48 * 48 * 8 + 48 * 48 * 16 + 2 * 8 * 2, a.maxLiveBytes());
		assertEquals(a.maxLiveBytes(), a.arenaBytes());
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
