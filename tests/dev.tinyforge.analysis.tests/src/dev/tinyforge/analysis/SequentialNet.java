package dev.tinyforge.analysis;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;

/**
 * Test helper that appends int8 layers to a {@link LayerGraph.Builder}, tracking the current NHWC
 * activation and computing SAME-padding output shapes ({@code ceil(in / stride)}). Weights are int8,
 * biases int32, as in TFLite int8 models.
 */
final class SequentialNet {

	private static final int INT8 = 1;
	private static final int INT32 = 4;

	private final LayerGraph.Builder b;
	private int current;
	private int height;
	private int width;
	private int channels;
	private int units; // features of a rank-2 activation after reshape

	/** Clears the builder and declares the graph input {@code [1,height,width,channels]}. */
	SequentialNet(LayerGraph.Builder b, int height, int width, int channels) {
		this.b = b.clear();
		this.height = height;
		this.width = width;
		this.channels = channels;
		current = b.tensor("input", nhwc(height, width, channels), INT8, false);
		b.inputs(current);
	}

	int current() {
		return current;
	}

	/** CONV_2D k x k with bias, SAME padding. */
	int conv(String name, String origin, int cout, int k, int stride) {
		int filter = b.tensor(name + "/filter", dims(cout, k, k, channels), INT8, true);
		return convolve(name, origin, OpKind.CONV_2D, filter, cout, stride);
	}

	/** DEPTHWISE_CONV_2D k x k with bias, depth multiplier 1, SAME padding. */
	int depthwise(String name, String origin, int k, int stride) {
		int filter = b.tensor(name + "/filter", dims(1, k, k, channels), INT8, true);
		return convolve(name, origin, OpKind.DEPTHWISE_CONV_2D, filter, channels, stride);
	}

	private int convolve(String name, String origin, OpKind kind, int filter, int cout, int stride) {
		int bias = b.tensor(name + "/bias", dims(cout), INT32, true);
		height = (height + stride - 1) / stride;
		width = (width + stride - 1) / stride;
		channels = cout;
		return append(name, origin, kind, new int[] {current, filter, bias}, nhwc(height, width, channels),
				Window.conv(stride, stride, true));
	}

	/** ADD of the current activation and an earlier one of the same shape (a residual connection). */
	int add(String name, String origin, int other) {
		return append(name, origin, OpKind.ADD, new int[] {current, other}, nhwc(height, width, channels), Window.NONE);
	}

	/** AVERAGE_POOL_2D over the whole feature map, VALID padding: to {@code [1,1,1,channels]}. */
	int globalAveragePool(String name, String origin) {
		Window window = Window.pool(height, width, 1, 1, false);
		height = 1;
		width = 1;
		return append(name, origin, OpKind.AVERAGE_POOL_2D, new int[] {current}, nhwc(1, 1, channels), window);
	}

	/** RESHAPE of a {@code [1,1,1,c]} activation to {@code [1,c]}. */
	int flatten(String name, String origin) {
		units = height * width * channels;
		return append(name, origin, OpKind.RESHAPE, new int[] {current}, dims(1, units), Window.NONE);
	}

	/** FULLY_CONNECTED of a flattened activation with bias. */
	int fullyConnected(String name, String origin, int out) {
		int weights = b.tensor(name + "/weights", dims(out, units), INT8, true);
		int bias = b.tensor(name + "/bias", dims(out), INT32, true);
		units = out;
		return append(name, origin, OpKind.FULLY_CONNECTED, new int[] {current, weights, bias}, dims(1, out),
				Window.NONE);
	}

	/** SOFTMAX of a flattened activation. */
	int softmax(String name, String origin) {
		return append(name, origin, OpKind.SOFTMAX, new int[] {current}, dims(1, units), Window.NONE);
	}

	/** Marks the current activation as the graph output and builds. */
	LayerGraph build() {
		return b.outputs(current).build();
	}

	private int append(String name, String origin, OpKind kind, int[] inputs, int[] outputShape, Window window) {
		int out = b.tensor(name + "/out", outputShape, INT8, false);
		b.op(name, origin, kind, inputs, new int[] {out}, window);
		current = out;
		return out;
	}

	private static int[] nhwc(int h, int w, int c) {
		return dims(1, h, w, c);
	}

	private static int[] dims(int... d) {
		return d;
	}
}
