package dev.tinyforge.nas.evaluate;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.graph.LayerGraph;

/** A core's {@link LatencyModel} at a device's clock; {@link #NONE} when either is unknown. */
public record LatencyEstimator(LatencyModel model, double clockHz) {

	public static final LatencyEstimator NONE = new LatencyEstimator(null, 0);

	public boolean known() {
		return model != null && clockHz > 0;
	}

	/** Milliseconds per inference, NaN when unknown. */
	public double millis(LayerGraph graph, NetworkAnalysis analysis) {
		return known() ? model.instructions(graph, analysis) / clockHz * 1000 : Double.NaN;
	}
}
