package dev.tinyforge.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tinyforge.analysis.graph.OpKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Im2colScratchModelTest {

	private final ScratchModel model = new Im2colScratchModel();

	@Test
	void convolutionLargerThanOneByOneNeedsTwoInt16Columns() {
		assertEquals(2 * 3 * 3 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(1, 3, 3), 0));
		assertEquals(2 * 3 * 5 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(1, 3, 5), 0));
		assertEquals(2 * 1 * 3 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(1, 1, 3), 0));
	}

	@Test
	void pointwiseConvolutionNeedsNoIm2col() {
		assertEquals(0, model.scratchBytes(CostTestGraphs.conv(1, 1, 1), 0));
	}

	@Test
	void depthwiseFullyConnectedAndAddNeedNone() {
		assertEquals(0, model.scratchBytes(CostTestGraphs.depthwise(), 0));
		assertEquals(0, model.scratchBytes(CostTestGraphs.fullyConnected(), 0));
		assertEquals(0, model.scratchBytes(CostTestGraphs.add(), 0));
	}

	@ParameterizedTest
	@EnumSource(value = OpKind.class, names = {"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "ADD", "MUL"},
			mode = EnumSource.Mode.EXCLUDE)
	void oneInputOperatorsNeedNone(OpKind kind) {
		assertEquals(0, model.scratchBytes(CostTestGraphs.unary(kind), 0));
	}
}
