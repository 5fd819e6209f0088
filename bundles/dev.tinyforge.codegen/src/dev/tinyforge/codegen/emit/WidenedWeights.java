package dev.tinyforge.codegen.emit;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;

/**
 * The constants of a matrix product ({@link WidenedGemmKernel}) as {@code Optimization.SPEED} stores them, in the
 * order the kernel reads them, so that one pointer walks them all (the DSP loop has no register to spare for more):
 * output channels in blocks of {@link #BLOCK} (the last block holds the rest), each block its channels' biases,
 * then their weights, then each channel's multiplier and shift. The weights are widened from int8 to int16
 * halfwords, two to a word, so the loop feeds them to {@code SMLAD} as loaded: for every four input channels
 * {@code k..k+3}, each output channel's two words {@code (w[k], w[k+2])} and {@code (w[k+1], w[k+3])} (low halfword
 * first), which pair with the even and odd bytes {@code SXTB16} makes of four inputs; then the last
 * {@code depth % 4} weights, input by input, channel by channel. A block's weights fill whole words: only the last
 * block's may end in a padding halfword.
 */
public final class WidenedWeights {

	/** Output channels a pass of the kernel computes. */
	static final int BLOCK = 4;

	private WidenedWeights() {
	}

	/**
	 * Whether the operator runs as a matrix product whose weights SPEED widens: a fully-connected layer, a
	 * pointwise convolution, or another convolution given the scratch for one patch ({@code im2col}).
	 */
	static boolean appliesTo(Operator op, long scratchBytes) {
		if (op instanceof FullyConnected) {
			return true;
		}
		if (op instanceof Conv2D conv && op.getInputs().size() > 1) {
			int[] filter = Tensors.shape(op.getInputs().get(1));
			return isPointwise(conv, filter) || filter.length == 4 && scratchBytes >= patch(filter);
		}
		return false;
	}

	/** The int8 values of one output pixel's window of a convolution with this (OHWI) filter. */
	static long patch(int[] filterShape) {
		return (long) filterShape[1] * filterShape[2] * filterShape[3];
	}

	/** A convolution with a 1x1 window and stride 1: a matrix product over the pixels. */
	static boolean isPointwise(Conv2D op, int[] filterShape) {
		return filterShape.length == 4 && filterShape[1] == 1 && filterShape[2] == 1 && op.getStrideH() == 1
				&& op.getStrideW() == 1;
	}

	/**
	 * The Flash SPEED adds to the graph's constants with the analysis' scratch: the bytes of the widened weights
	 * beyond their int8 ones.
	 */
	public static long extraBytes(Graph graph, NetworkAnalysis analysis) {
		long extra = 0;
		for (int i = 0; i < graph.getOperators().size(); i++) {
			extra += extraBytes(graph.getOperators().get(i), analysis.scratchBytes(i));
		}
		return extra;
	}

	/** The bytes SPEED adds to the operator's constants, 0 unless it widens its weights. */
	public static long extraBytes(Operator op, long scratchBytes) {
		if (!appliesTo(op, scratchBytes)) {
			return 0;
		}
		long count = Tensors.elementCount(op.getInputs().get(1));
		return 4 * words(count) - count;
	}

	/** Words holding {@code count} halfwords. */
	static long words(long count) {
		return (count + 1) / 2;
	}

	/** The layer's constants in the kernel's order, as an array of the layer's; returns its symbol. */
	static String array(LayerContext layer, byte[] weights, int channels, int depth, AccumulatorStage stage) {
		return layer.constants().int32(layer.symbol("constants"),
				pack(weights, channels, depth, stage.bias, stage.multipliers, stage.shiftArguments()));
	}

	/**
	 * The layer's constants in the kernel's order.
	 *
	 * @param weights {@code [channels][depth]} int8, row by row
	 * @param bias    per channel, the input offset folded in
	 * @param shifts  per channel, as the requantization takes them
	 */
	static int[] pack(byte[] weights, int channels, int depth, int[] bias, int[] multipliers, int[] shifts) {
		int[] words = new int[(int) (words(weights.length) + 3L * channels)];
		int n = 0;
		int groups = depth / 4;
		for (int first = 0; first < channels; first += BLOCK) {
			int rows = Math.min(BLOCK, channels - first);
			for (int r = 0; r < rows; r++) {
				words[n++] = bias[first + r];
			}
			short[] halfwords = new short[rows * depth];
			int h = 0;
			for (int g = 0; g < groups; g++) {
				for (int r = 0; r < rows; r++) {
					int at = (first + r) * depth + 4 * g;
					halfwords[h++] = weights[at];
					halfwords[h++] = weights[at + 2];
					halfwords[h++] = weights[at + 1];
					halfwords[h++] = weights[at + 3];
				}
			}
			for (int k = 4 * groups; k < depth; k++) {
				for (int r = 0; r < rows; r++) {
					halfwords[h++] = weights[(first + r) * depth + k];
				}
			}
			for (int i = 0; i < halfwords.length; i++) {
				int half = halfwords[i] & 0xFFFF;
				words[n + i / 2] |= i % 2 == 0 ? half : half << 16;
			}
			n += (int) words(halfwords.length);
			for (int r = 0; r < rows; r++) {
				words[n++] = multipliers[first + r];
				words[n++] = shifts[first + r];
			}
		}
		return words;
	}
}
