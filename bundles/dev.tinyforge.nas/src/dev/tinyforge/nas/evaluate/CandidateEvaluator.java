package dev.tinyforge.nas.evaluate;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/**
 * Measures candidates the way {@code tinyforge analyze} and the generated code see them: the subnet's graph,
 * the analyzer with the generated code's scratch and in-place rules and the best of all planners, and the
 * latency estimate. Keeps its builder and analysis between calls; one thread.
 */
public final class CandidateEvaluator {

	private final ElasticSpace space;
	private final SubnetGraphBuilder graphs;
	private final LatencyEstimator latency;
	private final NetworkAnalyzer analyzer = new NetworkAnalyzer();
	private final NetworkAnalysis analysis = new NetworkAnalysis();

	public CandidateEvaluator(ElasticSpace space, LatencyEstimator latency) {
		this.space = space;
		this.graphs = new SubnetGraphBuilder(space);
		this.latency = latency;
	}

	public Metrics evaluate(Subnet subnet) {
		LayerGraph graph = graphs.build(subnet);
		analyzer.analyze(graph, analysis);
		return new Metrics(analysis.totalMacs(), analysis.arenaBytes(), analysis.totalWeightBytes(),
				latency.millis(graph, analysis));
	}

	/**
	 * The metrics of a subnet that meets the limits, null for one that does not; one whose weights alone exceed
	 * the Flash limit is turned down before its graph is built and planned.
	 */
	public Metrics evaluateWithin(Subnet subnet, Limits limits) {
		if (SubnetWeights.bytes(space, subnet) > limits.flashBytes()) {
			return null;
		}
		Metrics metrics = evaluate(subnet);
		return limits.fits(metrics) ? metrics : null;
	}
}
