package dev.tinyforge.analysis.training;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * Which operators the backward pass reaches. It starts at the loss and stops below the first operator that has
 * something to update: an operator needs the gradient of its output when it updates parameters, runs a lite
 * residual module, or an operator before it does (then it must pass the gradient on to its input). Operators
 * wholly before every updated parameter run forward only, so they keep nothing.
 */
final class GradientPath {

	private final LayerGraph g;
	private final boolean[] reached;

	/** @param trains per operator: whether it updates parameters of its own or of a lite residual module */
	GradientPath(LayerGraph g, boolean[] trains) {
		this.g = g;
		reached = new boolean[g.opCount()];
		for (int op = 0; op < g.opCount(); op++) {
			reached[op] = trains[op] || passesGradient(op);
		}
	}

	/** Whether the backward pass runs the operator: it needs the gradient of its output. */
	boolean reaches(int op) {
		return reached[op];
	}

	/** Whether the tensor's gradient is computed: an arena tensor whose producer the backward pass reaches. */
	boolean needsGradient(int tensor) {
		int producer = g.producer(tensor);
		return !g.isConstant(tensor) && producer >= 0 && reached[producer];
	}

	/** Whether the operator must compute the gradient of one of its inputs for an operator before it. */
	boolean passesGradient(int op) {
		for (int k = 0; k < g.opInputCount(op); k++) {
			if (needsGradient(g.opInput(op, k))) {
				return true;
			}
		}
		return false;
	}
}
