package dev.tinyforge.analysis.patch;

import java.util.Random;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import dev.tinyforge.model.WindowArithmetic;
import dev.tinyforge.model.ir.Padding;

/**
 * Random chains of convolutions, depthwise convolutions, pools and pads (kernels 1-5, strides 1-3, dilations
 * 1-2 for convolutions, SAME or VALID, pads of 0-2 per side) on small int8 feature maps, built with {@link
 * WindowArithmetic}'s shapes, which the generated code and the importer use too.
 */
final class RandomWindowStack {

	private final Random random;
	private final LayerGraph.Builder b = new LayerGraph.Builder();
	private int current;
	private int height;
	private int width;
	private int channels;

	RandomWindowStack(Random random) {
		this.random = random;
	}

	LayerGraph build(int layers) {
		b.clear();
		height = 6 + random.nextInt(20);
		width = 6 + random.nextInt(20);
		channels = 1 + random.nextInt(3);
		current = b.tensor("input", new int[] {1, height, width, channels}, 1, false);
		b.inputs(current);
		for (int i = 0; i < layers; i++) {
			if (!append(i)) {
				break;
			}
		}
		b.outputs(current);
		return b.build();
	}

	/** Appends a random layer that leaves a non-empty map; false if it found none. */
	private boolean append(int i) {
		for (int attempt = 0; attempt < 20; attempt++) {
			int pick = random.nextInt(4);
			if (pick == 3) {
				pad(i);
				return true;
			}
			int k = 1 + random.nextInt(5);
			int stride = 1 + random.nextInt(3);
			int dilation = pick == 2 ? 1 : 1 + random.nextInt(2);
			Padding padding = random.nextBoolean() ? Padding.SAME : Padding.VALID;
			int outH = WindowArithmetic.outputSize(height, k, stride, dilation, padding);
			int outW = WindowArithmetic.outputSize(width, k, stride, dilation, padding);
			if (outH >= 1 && outW >= 1) {
				window(i, pick, k, stride, dilation, padding, outH, outW);
				return true;
			}
		}
		return false;
	}

	private void window(int i, int pick, int k, int stride, int dilation, Padding padding, int outH, int outW) {
		boolean same = padding == Padding.SAME;
		int out = b.tensor("t" + i, new int[] {1, outH, outW, channels}, 1, false);
		if (pick == 2) {
			b.op("pool" + i, "pool" + i, OpKind.MAX_POOL_2D, new int[] {current}, new int[] {out},
					Window.pool(k, k, stride, stride, same));
		} else {
			OpKind kind = pick == 0 ? OpKind.CONV_2D : OpKind.DEPTHWISE_CONV_2D;
			int[] filter = pick == 0 ? new int[] {channels, k, k, channels} : new int[] {1, k, k, channels};
			int weights = b.tensor("w" + i, filter, 1, true);
			b.op("conv" + i, "conv" + i, kind, new int[] {current, weights}, new int[] {out},
					new Window(0, 0, stride, stride, dilation, dilation, same));
		}
		current = out;
		height = outH;
		width = outW;
	}

	private void pad(int i) {
		int top = random.nextInt(3);
		int left = random.nextInt(3);
		height += top + random.nextInt(3);
		width += left + random.nextInt(3);
		int out = b.tensor("t" + i, new int[] {1, height, width, channels}, 1, false);
		int op = b.op("pad" + i, "pad" + i, OpKind.PAD, new int[] {current}, new int[] {out}, Window.NONE);
		b.padding(op, top, left);
		current = out;
	}
}
