package dev.tinyforge.dsl.analysis;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Network;

/**
 * Lowers and analyses DSL networks, once per version of the resource that holds them: the validator, the
 * deployment fit check, hovers and reports all ask for the same network.
 */
@Singleton
public class NetworkAnalyses {

	@Inject
	private IResourceScopeCache cache;

	public AnalyzedNetwork get(Network network) {
		if (network.eResource() == null) {
			return compute(network);
		}
		return cache.get(Tuples.pair(NetworkAnalyses.class, network), network.eResource(), () -> compute(network));
	}

	private static AnalyzedNetwork compute(Network network) {
		LoweringResult lowering = new NetworkLowering().lower(network);
		if (!lowering.succeeded()) {
			return new AnalyzedNetwork(lowering, null, null);
		}
		LayerGraph graph = IrToLayerGraph.convert(lowering.graph());
		return new AnalyzedNetwork(lowering, graph, new NetworkAnalyzer().analyze(graph));
	}
}
