package dev.tinyforge.analysis.memory;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * Which operators run in place: write their output over one of their inputs, so that both tensors share
 * one arena buffer. The analyzer only asks about an input that nothing needs after the operator (see
 * {@link TensorLifetimes#diesAt}); the policy answers whether the operator's kernel can overwrite it.
 */
public interface InPlacePolicy {

	/** Every operator writes a buffer of its own: the plan without aliasing, for comparison. */
	InPlacePolicy NONE = (g, op, input) -> false;

	/**
	 * Whether operator {@code op} can write its output over its input number {@code input} (an index into
	 * its inputs, not a tensor id), which the analyzer has found dead after {@code op}.
	 */
	boolean writesOver(LayerGraph g, int op, int input);

	/**
	 * Where {@link #writesOver} holds: how many bytes after the start of the output the input must start at least,
	 * for a kernel that reads ahead of what it writes (0: the output starts where the input does).
	 */
	default long inputLead(LayerGraph g, int op, int input) {
		return 0;
	}

	/**
	 * The operator whose kernel does operator {@code op}'s work as it reads its input 0, -1 if {@code op} runs
	 * itself: then {@code op}'s output is never written, its bytes are those of its input 0, which must die at
	 * {@code op}.
	 */
	default int fusedInto(LayerGraph g, int op) {
		return -1;
	}
}
