package dev.tinyforge.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OperatorCostsTest {

	@Test
	void convolutionCountsEveryFilterTapPerOutput() {
		LayerGraph g = CostTestGraphs.conv(1, 3, 5);

		assertEquals(8 * 8 * 16 * 3 * 5 * 3, OperatorCosts.macs(g, 0)); // 46,080
		assertEquals(16 * 3 * 5 * 3 + 16, OperatorCosts.params(g, 0));
		assertEquals(720 + 16 * 4, OperatorCosts.weightBytes(g, 0));
		assertEquals(8 * 8 * 3, OperatorCosts.inputBytes(g, 0));
		assertEquals(8 * 8 * 16, OperatorCosts.outputBytes(g, 0));
	}

	@Test
	void convolutionScalesWithTheBatch() {
		LayerGraph g = CostTestGraphs.conv(2, 1, 1);

		assertEquals(2 * 8 * 8 * 16 * 3, OperatorCosts.macs(g, 0));
		assertEquals(2 * 8 * 8 * 3, OperatorCosts.inputBytes(g, 0));
	}

	@Test
	void depthwiseCountsOneChannelPerTap() {
		LayerGraph g = CostTestGraphs.depthwise();

		assertEquals(4 * 4 * 16 * 3 * 5, OperatorCosts.macs(g, 0)); // 3,840
		assertEquals(3 * 5 * 16 + 16, OperatorCosts.params(g, 0));
		assertEquals(240 + 64, OperatorCosts.weightBytes(g, 0));
		assertEquals(8 * 8 * 16, OperatorCosts.inputBytes(g, 0));
		assertEquals(4 * 4 * 16, OperatorCosts.outputBytes(g, 0));
	}

	@Test
	void fullyConnectedCountsBatchTimesOutTimesIn() {
		LayerGraph g = CostTestGraphs.fullyConnected();

		assertEquals(2 * 10 * 64, OperatorCosts.macs(g, 0));
		assertEquals(640 + 10, OperatorCosts.params(g, 0));
		assertEquals(640 + 40, OperatorCosts.weightBytes(g, 0));
		assertEquals(128, OperatorCosts.inputBytes(g, 0));
		assertEquals(20, OperatorCosts.outputBytes(g, 0));
	}

	@ParameterizedTest
	@EnumSource(value = OpKind.class, names = {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "ADD", "MUL"},
			mode = EnumSource.Mode.EXCLUDE)
	void poolsAndOtherOneInputOperatorsMoveBytesWithoutMacs(OpKind kind) {
		LayerGraph g = CostTestGraphs.unary(kind);

		assertEquals(0, OperatorCosts.macs(g, 0));
		assertEquals(0, OperatorCosts.params(g, 0));
		assertEquals(0, OperatorCosts.weightBytes(g, 0));
		assertEquals(8 * 8 * 4, OperatorCosts.inputBytes(g, 0));
		assertEquals(4 * 4 * 4, OperatorCosts.outputBytes(g, 0));
	}

	@Test
	void addReadsBothOperandsWithoutMacs() {
		LayerGraph g = CostTestGraphs.add();

		assertEquals(0, OperatorCosts.macs(g, 0));
		assertEquals(2 * 128, OperatorCosts.inputBytes(g, 0));
		assertEquals(128, OperatorCosts.outputBytes(g, 0));
	}
}
