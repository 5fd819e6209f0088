package dev.tinyforge.analysis.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import dev.tinyforge.model.WindowArithmetic;
import dev.tinyforge.model.ir.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KernelScratchModelTest {

	private final ScratchModel model = new KernelScratchModel();

	/** Two int16 columns of kh*kw*cin, cin = 3. */
	@Test
	void convolutionNeedsTwoInt16ColumnsOfItsPatch() {
		assertEquals(2 * 3 * 3 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(1, 3, 3), 0));
		assertEquals(2 * 3 * 5 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(1, 3, 5), 0));
		assertEquals(2 * 1 * 3 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(1, 1, 3), 0));
	}

	/** The 1x1 kernel widens two input columns of cin = 3 to q15; the batch does not matter. */
	@Test
	void pointwiseConvolutionNeedsTwoQ15Columns() {
		assertEquals(2 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(1, 1, 1), 0));
		assertEquals(2 * 3 * 2, model.scratchBytes(CostTestGraphs.conv(2, 1, 1), 0));
	}

	/**
	 * 8x8 input, 3x5 kernel, stride 2, SAME: output 4x4; padding rows max(3*2 + 3 - 8, 0) = 1, columns
	 * max(3*2 + 5 - 8, 0) = 3, so one padded channel is 9 x 11 bytes.
	 */
	@Test
	void depthwiseNeedsOnePaddedInputChannel() {
		assertEquals(9 * 11, model.scratchBytes(CostTestGraphs.depthwise(), 0));
	}

	/** [1,4,4,8] -> [1,4,4,16]: the generic kernel of a depth multiplier above 1 reads the input directly. */
	@Test
	void depthwiseWithADepthMultiplierNeedsNone() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {1, 4, 4, 8}, 1, false);
		int filter = b.tensor("filter", new int[] {1, 3, 3, 16}, 1, true);
		int out = b.tensor("out", new int[] {1, 4, 4, 16}, 1, false);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {in, filter}, new int[] {out}, Window.conv(1, 1, true));

		assertEquals(0, model.scratchBytes(b.inputs(in).outputs(out).build(), 0));
	}

	/** [1,6,6,1] -> [1,6,6,8]: one input channel with a multiplier is a convolution: two int8 3x5 patches. */
	@Test
	void depthwiseOfOneChannelWithAMultiplierNeedsTwoPatches() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {1, 6, 6, 1}, 1, false);
		int filter = b.tensor("filter", new int[] {1, 3, 5, 8}, 1, true);
		int out = b.tensor("out", new int[] {1, 6, 6, 8}, 1, false);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {in, filter}, new int[] {out}, Window.conv(1, 1, true));

		assertEquals(2 * 3 * 5, model.scratchBytes(b.inputs(in).outputs(out).build(), 0));
	}

	/** VALID adds no padding: the channel is the 8x8 input. */
	@Test
	void validDepthwiseNeedsTheBareChannel() {
		Window valid = Window.conv(1, 1, false);

		assertEquals(8 * 8, model.scratchBytes(CostTestGraphs.depthwise(3, 3, valid, 6, 6), 0));
	}

	/** A 3x3 kernel dilated by 2 spans 5 taps: stride 1 SAME pads 7 + 5 - 8 = 4 per axis, so 12 x 12. */
	@Test
	void dilationWidensThePadding() {
		Window dilated = new Window(0, 0, 1, 1, 2, 2, true);

		assertEquals(12 * 12, model.scratchBytes(CostTestGraphs.depthwise(3, 3, dilated, 8, 8), 0));
	}

	/** SAME padding as the IR's WindowArithmetic sizes it, over kernels, strides and dilations. */
	@Test
	void paddingFollowsTheIrWindowArithmetic() {
		for (int kernel = 1; kernel <= 7; kernel += 2) {
			for (int stride = 1; stride <= 3; stride++) {
				for (int dilation = 1; dilation <= 2; dilation++) {
					int out = WindowArithmetic.outputSize(8, kernel, stride, dilation, Padding.SAME);
					int span = WindowArithmetic.effectiveKernel(kernel, dilation);
					int padding = Math.max((out - 1) * stride + span - 8, 0);
					Window window = new Window(0, 0, stride, stride, dilation, dilation, true);
					long scratch = model.scratchBytes(CostTestGraphs.depthwise(kernel, kernel, window, out, out), 0);

					assertEquals((8L + padding) * (8 + padding), scratch,
							"kernel " + kernel + " stride " + stride + " dilation " + dilation);
				}
			}
		}
	}

	@Test
	void fullyConnectedAndAddNeedNone() {
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
