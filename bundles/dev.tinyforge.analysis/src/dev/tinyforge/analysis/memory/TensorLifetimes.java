package dev.tinyforge.analysis.memory;

import dev.tinyforge.analysis.graph.LayerGraph;
import java.util.Arrays;
import java.util.Objects;

/**
 * The steps (operator indices) during which each arena tensor of a graph must stay in memory, both
 * ends inclusive: from its producer (step 0 for a graph input) to its last consumer (the last step
 * for a graph output, since the caller reads it after the network ran). A tensor nobody reads
 * lives only at its producer's step. Constants live in Flash and get -1. A graph without operators
 * has the single step 0. Reuses its arrays across {@link #compute} calls; not thread-safe.
 */
public final class TensorLifetimes {

	private int[] firstSteps = new int[0];
	private int[] lastSteps = new int[0];
	private boolean[] graphOutputs = new boolean[0];
	private int tensorCount;

	public void compute(LayerGraph g) {
		tensorCount = g.tensorCount();
		if (firstSteps.length < tensorCount) {
			firstSteps = new int[Math.max(tensorCount, firstSteps.length * 2)];
			lastSteps = new int[firstSteps.length];
			graphOutputs = new boolean[firstSteps.length];
		}
		Arrays.fill(firstSteps, 0, tensorCount, -1);
		Arrays.fill(lastSteps, 0, tensorCount, -1);
		Arrays.fill(graphOutputs, 0, tensorCount, false);
		for (int k = 0; k < g.graphInputCount(); k++) {
			firstSteps[g.graphInput(k)] = 0;
			lastSteps[g.graphInput(k)] = 0;
		}
		// Operators run in index order, so the last consumer seen is the last one.
		for (int op = 0; op < g.opCount(); op++) {
			for (int k = 0; k < g.opInputCount(op); k++) {
				int t = g.opInput(op, k);
				if (!g.isConstant(t)) {
					lastSteps[t] = op;
				}
			}
			for (int k = 0; k < g.opOutputCount(op); k++) {
				int t = g.opOutput(op, k);
				firstSteps[t] = op;
				lastSteps[t] = op;
			}
		}
		int lastStep = Math.max(g.opCount() - 1, 0);
		for (int k = 0; k < g.graphOutputCount(); k++) {
			lastSteps[g.graphOutput(k)] = lastStep;
			graphOutputs[g.graphOutput(k)] = true;
		}
	}

	/**
	 * Keeps the tensor live over {@code firstStep..lastStep} as well, for a schedule that needs it longer than its
	 * readers say (the input and split output of a patch phase).
	 */
	public void widen(int tensor, int firstStep, int lastStep) {
		firstSteps[Objects.checkIndex(tensor, tensorCount)] = Math.min(firstSteps[tensor], firstStep);
		lastSteps[tensor] = Math.max(lastSteps[tensor], lastStep);
	}

	/** Tensors of the graph last computed. */
	public int tensorCount() {
		return tensorCount;
	}

	/** First step the tensor is live, -1 for a constant. */
	public int firstStep(int tensor) {
		return firstSteps[Objects.checkIndex(tensor, tensorCount)];
	}

	/** Last step the tensor is live, -1 for a constant. */
	public int lastStep(int tensor) {
		return lastSteps[Objects.checkIndex(tensor, tensorCount)];
	}

	/**
	 * Whether nothing needs the tensor after {@code step}: its last consumer runs then and it is no graph
	 * output, which the caller reads after the last step. Only then may that step overwrite it.
	 */
	public boolean diesAt(int tensor, int step) {
		return lastStep(tensor) == step && !graphOutputs[tensor];
	}
}
