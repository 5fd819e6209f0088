package dev.tinyforge.dsl.analysis;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.dsl.lowering.LoweringResult;

/**
 * A network lowered to the IR and, if that succeeded, analysed.
 *
 * @param graph null when lowering failed
 * @param analysis null when lowering failed
 */
public record AnalyzedNetwork(LoweringResult lowering, LayerGraph graph, NetworkAnalysis analysis) {

	public boolean analyzed() {
		return analysis != null;
	}
}
