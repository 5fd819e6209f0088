package dev.tinyforge.analysis.cost;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * The scratch buffer an operator's kernel needs while it runs. The buffer lives in the arena for
 * that operator's step only.
 */
public interface ScratchModel {

	/** Scratch bytes of operator {@code op}, 0 if its kernel needs none. */
	long scratchBytes(LayerGraph g, int op);
}
