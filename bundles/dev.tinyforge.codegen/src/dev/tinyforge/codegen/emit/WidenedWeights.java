package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;

/**
 * The weights of a matrix product ({@link WidenedGemmKernel}) as {@code Optimization.SPEED} stores them: each
 * int8 weight widened to an int16 halfword, two to a word, in the order the DSP loop multiplies them, so the loop
 * feeds them to {@code SMLAD} as loaded. Output channels go in blocks of {@link #BLOCK} (the last block holds
 * the rest); within a block, for every four input channels {@code k..k+3}, each channel's two words
 * {@code (w[k], w[k+2])} and {@code (w[k+1], w[k+3])} (low halfword first), which pair with the even and odd
 * bytes {@code SXTB16} makes of four inputs; then the last {@code depth % 4} weights of the block, input by input,
 * channel by channel, two halfwords to a word. A block of four starts on a word; only the very last word may
 * hold a single halfword.
 */
public final class WidenedWeights {

	/** Output channels a pass of the kernel computes. */
	static final int BLOCK = 4;

	private WidenedWeights() {
	}

	/** Whether the operator runs as a matrix product whose weights SPEED widens. */
	public static boolean appliesTo(Operator op) {
		if (op instanceof FullyConnected) {
			return true;
		}
		if (op instanceof Conv2D conv && op.getInputs().size() > 1) {
			int[] filter = Tensors.shape(op.getInputs().get(1));
			return isPointwise(conv, filter);
		}
		return false;
	}

	/** A convolution with a 1x1 window and stride 1: a matrix product over the pixels. */
	static boolean isPointwise(Conv2D op, int[] filterShape) {
		return filterShape.length == 4 && filterShape[1] == 1 && filterShape[2] == 1 && op.getStrideH() == 1
				&& op.getStrideW() == 1;
	}

	/** The Flash SPEED adds to the graph's constants: the bytes of the widened weights beyond their int8 ones. */
	public static long extraBytes(Graph graph) {
		return graph.getOperators().stream().mapToLong(WidenedWeights::extraBytes).sum();
	}

	/** The bytes SPEED adds to the operator's constants, 0 unless it widens its weights. */
	public static long extraBytes(Operator op) {
		if (!appliesTo(op)) {
			return 0;
		}
		long count = Tensors.elementCount(op.getInputs().get(1));
		return 4 * words(count) - count;
	}

	/** Words holding {@code count} halfwords. */
	static long words(long count) {
		return (count + 1) / 2;
	}

	/** {@code weights[channels][depth]} (int8, row by row) in the kernel's order. */
	static int[] pack(byte[] weights, int channels, int depth) {
		short[] halfwords = new short[weights.length];
		int n = 0;
		int groups = depth / 4;
		for (int first = 0; first < channels; first += BLOCK) {
			int rows = Math.min(BLOCK, channels - first);
			for (int g = 0; g < groups; g++) {
				for (int r = 0; r < rows; r++) {
					int at = (first + r) * depth + 4 * g;
					halfwords[n++] = weights[at];
					halfwords[n++] = weights[at + 2];
					halfwords[n++] = weights[at + 1];
					halfwords[n++] = weights[at + 3];
				}
			}
			for (int k = 4 * groups; k < depth; k++) {
				for (int r = 0; r < rows; r++) {
					halfwords[n++] = weights[(first + r) * depth + k];
				}
			}
		}
		int[] words = new int[(int) words(halfwords.length)];
		for (int i = 0; i < halfwords.length; i++) {
			int half = halfwords[i] & 0xFFFF;
			words[i / 2] |= i % 2 == 0 ? half : half << 16;
		}
		return words;
	}
}
