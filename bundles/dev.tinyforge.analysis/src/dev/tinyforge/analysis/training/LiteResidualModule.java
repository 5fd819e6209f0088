package dev.tinyforge.analysis.training;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One TinyTL lite residual module (see {@link LiteResidualConfig}) beside a block of the network, with the element
 * counts of its parameters and of its activations for one sample. A block is a run of consecutive operators with
 * the same origin (the layers one DSL {@code mbconv} lowers to) or a depthwise convolution with the convolution that
 * reads its output (a depthwise-separable block, also where each operator is its own origin, as in a network
 * imported from a .tflite file). A block has more than one operator, at least one a convolution, and maps a 4-D
 * feature map to a 4-D feature map. As in TinyTL, which adds modules to the inverted residual blocks only, a lone
 * convolution (the stem, MobileNetV2's last 1x1 convolution) gets none, nor does the classifier, which every scheme
 * trains itself. The module reads the block's
 * input and adds to its output, so it runs at the block's last operator.
 *
 * @param block the block's origin
 * @param lastOp the block's last operator, where the module runs forward and backward
 * @param input the block's input tensor, which the module reads
 * @param pooledElements the downsampled input, kept for the first convolution's weight gradient
 * @param middleElements the first convolution's output, kept for the second's weight gradient
 * @param outputElements the second convolution's output before upsampling
 * @param params weights of both convolutions and a bias per channel of each
 */
public record LiteResidualModule(String block, int lastOp, int input, long pooledElements, long middleElements,
		long outputElements, long params) {

	/** TinyTL rounds the middle channels to a multiple of 8 (its make_divisible). */
	private static final int CHANNEL_DIVISOR = 8;

	/** The module of every block of the graph, in execution order. */
	public static List<LiteResidualModule> of(LayerGraph g, LiteResidualConfig config) {
		List<LiteResidualModule> modules = new ArrayList<>();
		int classifier = -1;
		for (int op = 0; op < g.opCount(); op++) {
			classifier = TrainableParameters.hasWeights(g, op) ? op : classifier;
		}
		int first = 0;
		for (int op = 0; op < g.opCount(); op++) {
			if (op + 1 == g.opCount() || !sameBlock(g, op, op + 1)) {
				if ((classifier < first || classifier > op) && isBlock(g, first, op)) {
					modules.add(module(g, first, op, config));
				}
				first = op + 1;
			}
		}
		return modules;
	}

	private static boolean sameBlock(LayerGraph g, int op, int next) {
		return g.opOrigin(next).equals(g.opOrigin(op)) || g.opKind(op) == OpKind.DEPTHWISE_CONV_2D
				&& g.opKind(next) == OpKind.CONV_2D && g.opInput(next, 0) == g.opOutput(op, 0);
	}

	private static boolean isBlock(LayerGraph g, int first, int last) {
		boolean convolves = false;
		for (int op = first; op <= last; op++) {
			convolves |= switch (g.opKind(op)) {
				case CONV_2D, DEPTHWISE_CONV_2D -> true;
				case FULLY_CONNECTED, ADD, MUL, LOGISTIC, AVERAGE_POOL_2D, MAX_POOL_2D, MEAN, PAD, RESHAPE, SOFTMAX,
						QUANTIZE, DEQUANTIZE -> false;
			};
		}
		return last > first && convolves && g.tensorRank(g.opInput(first, 0)) == 4 && g.tensorRank(g.opOutput(last, 0)) == 4;
	}

	private static LiteResidualModule module(LayerGraph g, int first, int last, LiteResidualConfig config) {
		int in = g.opInput(first, 0);
		int out = g.opOutput(last, 0);
		int height = g.tensorDim(in, 1);
		int width = g.tensorDim(in, 2);
		int channels = g.tensorDim(in, 3);
		int outChannels = g.tensorDim(out, 3);
		int stride = Math.max(1, height / g.tensorDim(out, 1));
		int pooledH = Math.max(1, height / config.downsample());
		int pooledW = Math.max(1, width / config.downsample());
		int kernel = config.kernel();
		while (kernel > 1 && kernel > Math.min(pooledH, pooledW)) {
			kernel -= 2;
		}
		int middle = roundUp(channels * config.expand(), CHANNEL_DIVISOR);
		int groups = groups(config.groups(), channels, middle);
		long middlePixels = (long) ceilDiv(pooledH, stride) * ceilDiv(pooledW, stride);
		long params = (long) kernel * kernel * (channels / groups) * middle + middle + (long) middle * outChannels
				+ outChannels;
		return new LiteResidualModule(g.opOrigin(last), last, in, (long) pooledH * pooledW * channels,
				middlePixels * middle, middlePixels * outChannels, params);
	}

	/** The most groups up to the wanted number that divide both channel counts. */
	private static int groups(int wanted, int channels, int middle) {
		int groups = wanted;
		while (channels % groups != 0 || middle % groups != 0) {
			groups--;
		}
		return groups;
	}

	private static int roundUp(int value, int divisor) {
		return ceilDiv(value, divisor) * divisor;
	}

	private static int ceilDiv(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}
}
