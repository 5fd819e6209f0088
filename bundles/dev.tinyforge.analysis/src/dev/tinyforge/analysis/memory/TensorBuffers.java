package dev.tinyforge.analysis.memory;

import dev.tinyforge.analysis.graph.LayerGraph;
import java.util.Objects;

/**
 * Gives every arena tensor of a graph a buffer of a {@link BufferSet}. A tensor gets a buffer of its own
 * unless its operator runs in place ({@link InPlacePolicy}); then it takes over the buffer of the input it
 * writes over. Such an aliased chain is one buffer: as large as its largest tensor and live from its first
 * tensor's first step to its last tensor's last step. Buffers are added in the order of their chain's
 * first tensor id. Reuses its arrays across {@link #assign} calls; not thread-safe.
 */
public final class TensorBuffers {

	private int[] heads = new int[0]; // per tensor: the first tensor of its chain, -1 for constants
	private long[] chainSizes = new long[0]; // per chain head
	private int[] chainFirstSteps = new int[0];
	private int[] chainLastSteps = new int[0];
	private int[] buffers = new int[0]; // per tensor: its buffer id, -1 for constants
	private int tensorCount;

	/** The bytes a tensor's buffer holds. */
	@FunctionalInterface
	public interface TensorSizes {
		long bytes(int tensor);
	}

	/** Adds one buffer per chain of {@code g}'s arena tensors to {@code into}. */
	public void assign(LayerGraph g, TensorLifetimes lifetimes, InPlacePolicy policy, BufferSet into) {
		assign(g, lifetimes, policy, g::tensorBytes, into);
	}

	/** As {@link #assign(LayerGraph, TensorLifetimes, InPlacePolicy, BufferSet)}, tensors of the given sizes. */
	public void assign(LayerGraph g, TensorLifetimes lifetimes, InPlacePolicy policy, TensorSizes sizes,
			BufferSet into) {
		ensureCapacity(g.tensorCount());
		tensorCount = g.tensorCount();
		for (int t = 0; t < tensorCount; t++) {
			heads[t] = g.isConstant(t) ? -1 : t;
		}
		// Operators run in index order, so an input's chain head is final before its consumer is seen.
		for (int op = 0; op < g.opCount(); op++) {
			int shared = writtenOver(g, lifetimes, policy, op);
			if (shared >= 0) {
				heads[g.opOutput(op, 0)] = heads[shared];
			}
		}
		measureChains(lifetimes, sizes);
		for (int t = 0; t < tensorCount; t++) {
			if (heads[t] == t) {
				buffers[t] = into.add(chainSizes[t], chainFirstSteps[t], chainLastSteps[t]);
			}
		}
		for (int t = 0; t < tensorCount; t++) {
			buffers[t] = heads[t] < 0 ? -1 : buffers[heads[t]];
		}
	}

	/** The buffer id of the tensor, -1 for a constant. */
	public int buffer(int tensor) {
		return buffers[Objects.checkIndex(tensor, tensorCount)];
	}

	/** The first input the operator may overwrite, -1 if none: it dies here and the policy allows it. */
	private static int writtenOver(LayerGraph g, TensorLifetimes lifetimes, InPlacePolicy policy, int op) {
		for (int k = 0; k < g.opInputCount(op); k++) {
			int t = g.opInput(op, k);
			if (!g.isConstant(t) && lifetimes.diesAt(t, op) && policy.writesOver(g, op, k)) {
				return t;
			}
		}
		return -1;
	}

	private void measureChains(TensorLifetimes lifetimes, TensorSizes sizes) {
		for (int t = 0; t < tensorCount; t++) {
			chainSizes[t] = 0;
			chainFirstSteps[t] = Integer.MAX_VALUE;
			chainLastSteps[t] = -1;
		}
		for (int t = 0; t < tensorCount; t++) {
			int head = heads[t];
			if (head >= 0) {
				chainSizes[head] = Math.max(chainSizes[head], sizes.bytes(t));
				chainFirstSteps[head] = Math.min(chainFirstSteps[head], lifetimes.firstStep(t));
				chainLastSteps[head] = Math.max(chainLastSteps[head], lifetimes.lastStep(t));
			}
		}
	}

	private void ensureCapacity(int tensors) {
		if (heads.length < tensors) {
			int capacity = Math.max(tensors, heads.length * 2);
			heads = new int[capacity];
			chainSizes = new long[capacity];
			chainFirstSteps = new int[capacity];
			chainLastSteps = new int[capacity];
			buffers = new int[capacity];
		}
	}
}
