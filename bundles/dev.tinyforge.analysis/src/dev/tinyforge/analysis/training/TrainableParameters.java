package dev.tinyforge.analysis.training;

import dev.tinyforge.analysis.graph.LayerGraph;
import java.util.List;

/**
 * Which operators of a graph update their weights and which their bias under an {@link UpdateScheme}, and how
 * many elements each has. An operator without a bias tensor still gets one trained bias per output channel:
 * TinyTL's bias-only update needs it.
 */
final class TrainableParameters {

	private final boolean[] weights;
	private final boolean[] biases;

	private TrainableParameters(int opCount) {
		weights = new boolean[opCount];
		biases = new boolean[opCount];
	}

	/**
	 * @throws IllegalArgumentException if the graph has no layer with weights, or a layer the scheme names is not
	 *         one of its layers with weights
	 */
	static TrainableParameters select(LayerGraph g, UpdateScheme scheme) {
		TrainableParameters selection = new TrainableParameters(g.opCount());
		int classifier = -1;
		for (int op = 0; op < g.opCount(); op++) {
			if (hasWeights(g, op)) {
				classifier = op;
			}
		}
		if (classifier < 0) {
			throw new IllegalArgumentException("the network has no layer with weights to train");
		}
		switch (scheme.kind()) {
		case FULL -> selectEvery(g, selection.weights, selection.biases);
		case LAST_LAYER -> {
		}
		case BIAS_ONLY, BIAS_LITE_RESIDUAL -> selectEvery(g, selection.biases);
		case LAYERS -> selection.selectNamed(g, scheme);
		}
		if (scheme.kind() != UpdateScheme.Kind.LAYERS) {
			selection.weights[classifier] = true;
			selection.biases[classifier] = true;
		}
		return selection;
	}

	private static void selectEvery(LayerGraph g, boolean[]... flags) {
		for (int op = 0; op < g.opCount(); op++) {
			for (boolean[] flag : flags) {
				flag[op] = hasWeights(g, op);
			}
		}
	}

	private void selectNamed(LayerGraph g, UpdateScheme scheme) {
		List<String> missing = scheme.layersMissingFrom(g);
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(
					"the network has no layer with weights named " + String.join(", ", missing));
		}
		for (int op = 0; op < g.opCount(); op++) {
			boolean named = scheme.layers().contains(g.opName(op)) || scheme.layers().contains(g.opOrigin(op));
			weights[op] = named && hasWeights(g, op);
			biases[op] = weights[op];
		}
	}

	/** Convolutions, depthwise convolutions and fully connected layers: the operators with trainable weights. */
	static boolean hasWeights(LayerGraph g, int op) {
		return switch (g.opKind(op)) {
			case CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED -> true;
			case ADD, MUL, LOGISTIC, AVERAGE_POOL_2D, MAX_POOL_2D, MEAN, PAD, RESHAPE, SOFTMAX, QUANTIZE, DEQUANTIZE -> false;
		};
	}

	boolean updatesWeights(int op) {
		return weights[op];
	}

	boolean updatesBias(int op) {
		return biases[op];
	}

	boolean updatesAny(int op) {
		return weights[op] || biases[op];
	}

	/** Elements of the operator's filter or weight matrix, its input 1. */
	static long weightElements(LayerGraph g, int op) {
		return g.tensorElements(g.opInput(op, 1));
	}

	/** One bias per output channel: the last dimension of the output. */
	static long biasElements(LayerGraph g, int op) {
		int out = g.opOutput(op, 0);
		return g.tensorDim(out, g.tensorRank(out) - 1);
	}
}
