package dev.tinyforge.nas.evaluate;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/**
 * Measures candidates the way {@code tinyforge analyze} and the generated code see them: the subnet's graph,
 * the analyzer with the generated code's scratch and in-place rules and the best of all planners, and the
 * latency estimate. With patches allowed, a candidate that only misses the SRAM limit runs its first layers patch
 * by patch (MCUNetV2): the plan within the overhead budget that fits the limit with the fewest recomputed MACs, as
 * the search cares for SRAM only up to the limit and for every recomputed MAC in latency. Keeps its builder and
 * analysis between calls; one thread.
 */
public final class CandidateEvaluator {

	private final ElasticSpace space;
	private final SubnetGraphBuilder graphs;
	private final LatencyEstimator latency;
	private final NetworkAnalyzer analyzer = new NetworkAnalyzer();
	private final NetworkAnalysis analysis = new NetworkAnalysis();
	private final PatchPlanner patchPlanner = new PatchPlanner(analyzer);
	private final double patchOverhead;
	private LayerGraph graph;

	public CandidateEvaluator(ElasticSpace space, LatencyEstimator latency) {
		this(space, latency, Double.NaN);
	}

	/** @param patchOverhead the MAC overhead a patch plan may add (fraction), NaN to run layer by layer only */
	public CandidateEvaluator(ElasticSpace space, LatencyEstimator latency, double patchOverhead) {
		this.space = space;
		this.graphs = new SubnetGraphBuilder(space);
		this.latency = latency;
		this.patchOverhead = patchOverhead;
	}

	/** The subnet run layer by layer. */
	public Metrics evaluate(Subnet subnet) {
		graph = graphs.build(subnet);
		analyzer.analyze(graph, analysis);
		return new Metrics(analysis.totalMacs(), analysis.arenaBytes(), analysis.totalWeightBytes(),
				latency.millis(graph, analysis), null);
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
		if (!limits.fits(metrics) && !Double.isNaN(patchOverhead) && metrics.sramBytes() > limits.sramBytes()) {
			metrics = withPatches(metrics, limits.sramBytes());
		}
		return limits.fits(metrics) ? metrics : null;
	}

	/**
	 * The last evaluated subnet with the cheapest patch plan that fits, or {@code layerByLayer} when none fits. The
	 * recomputed halos cost time: the latency estimate grows with the MACs the plan executes.
	 */
	private Metrics withPatches(Metrics layerByLayer, long sramLimit) {
		PatchPlan plan = patchPlanner.cheapestFitting(graph, patchOverhead, sramLimit).orElse(null);
		if (plan == null) {
			return layerByLayer;
		}
		analyzer.analyze(graph, plan, analysis);
		PatchPhase phase = analysis.patchPhase().orElseThrow();
		double slowdown = (double) (layerByLayer.macs() + phase.extraMacs()) / layerByLayer.macs();
		return new Metrics(layerByLayer.macs(), analysis.arenaBytes(), layerByLayer.flashBytes(),
				layerByLayer.latencyMs() * slowdown, plan);
	}
}
