package dev.tinyforge.nas.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.nas.DslAnalysis;
import dev.tinyforge.nas.TestSpaces;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;
import dev.tinyforge.nas.space.SubnetSampler;

/** The fast graph of a subnet analyses exactly like its DSL text lowered to the IR. */
class SubnetGraphBuilderTest {

	private final ElasticSpace space = TestSpaces.mcunet(new double[] {0.3, 0.5, 1.0}, new int[] {48, 96, 144}, 10);

	@Test
	void analysesLikeTheLoweredDslText() {
		SubnetSampler sampler = new SubnetSampler(space);
		SubnetGraphBuilder builder = new SubnetGraphBuilder(space);
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < 12; i++) {
			Subnet subnet = sampler.sample(random, space.width(i % 3), space.resolution(i / 4 % 3));
			LayerGraph graph = builder.build(subnet);
			NetworkAnalysis fast = new NetworkAnalyzer().analyze(graph);
			NetworkAnalysis slow = DslAnalysis.of(space, subnet);
			String where = subnet.key();
			assertEquals(slow.opCount(), fast.opCount(), where);
			assertEquals(slow.tensorCount(), fast.tensorCount(), where);
			assertEquals(slow.totalMacs(), fast.totalMacs(), where);
			assertEquals(slow.totalWeightBytes(), fast.totalWeightBytes(), where);
			assertEquals(slow.arenaBytes(), fast.arenaBytes(), where);
			assertEquals(slow.peakStep(), fast.peakStep(), where);
			assertEquals(fast.totalWeightBytes(), SubnetWeights.bytes(space, subnet), where);
		}
	}

	@Test
	void roundsChannelsToMultiplesOfEight() {
		assertEquals(8, space.channels(0, 0.2)); // 24 * 0.2 = 4.8
		assertEquals(32, space.channels(2, 0.4)); // 80 * 0.4 = 32
		assertEquals(16, space.channels(1, 0.3)); // 40 * 0.3 = 12, half way: up
		assertEquals(192, space.channels(4, 1.0));
	}

	@Test
	void countsTheBlocksOfEachStage() {
		Subnet subnet = new SubnetSampler(space).sample(new SplittableRandom(1), 0.5, 96);
		LayerGraph graph = new SubnetGraphBuilder(space).build(subnet);
		int depthwise = 0;
		for (int op = 0; op < graph.opCount(); op++) {
			if (graph.opKind(op) == dev.tinyforge.analysis.graph.OpKind.DEPTHWISE_CONV_2D) {
				depthwise++;
			}
		}
		int blocks = 0;
		for (int stage = 0; stage < subnet.stageCount(); stage++) {
			blocks += subnet.depth(stage);
		}
		assertEquals(blocks, depthwise);
		assertEquals(96 * 96 * 3, graph.tensorElements(graph.graphInput(0)));
	}
}
