package dev.tinyforge.dsl.analysis;

import java.util.function.Supplier;

import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.IoFormat;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.model.QuantizedInterface;

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

	/**
	 * The deployed network, with the interface its deployment asks for, analysed with the patch plan it asks for;
	 * layer by layer when it asks for none or for one that cannot run ({@link #patches} says why).
	 */
	public AnalyzedNetwork get(Deployment deployment) {
		AnalyzedNetwork network = layerByLayer(deployment);
		DeploymentPatches patches = patches(deployment);
		if (patches.plan() == null) {
			return network;
		}
		return cached(deployment, "analysis", () -> new AnalyzedNetwork(network.lowering(), network.graph(),
				new NetworkAnalyzer().analyze(network.graph(), patches.plan())));
	}

	/** The deployment's patch plan resolved against its network; none when the network does not analyse. */
	public DeploymentPatches patches(Deployment deployment) {
		AnalyzedNetwork network = layerByLayer(deployment);
		if (!network.analyzed()) {
			return DeploymentPatches.NONE;
		}
		return cached(deployment, "patches", () -> DeploymentPatches.resolve(deployment.getPatches(), network.graph()));
	}

	/**
	 * The network as its deployment runs it, layer by layer: with {@code interface int8}, without its float input
	 * and output. What a patch plan is chosen for and compared with.
	 */
	public AnalyzedNetwork layerByLayer(Deployment deployment) {
		AnalyzedNetwork network = get(deployment.getNetwork());
		if (deployment.getIo() != IoFormat.INT8 || !network.analyzed()
				|| !QuantizedInterface.changes(network.lowering().graph())) {
			return network;
		}
		return cached(deployment, "interface", () -> analyze(
				new LoweringResult(QuantizedInterface.of(network.lowering().graph()), network.lowering().problems())));
	}

	private <T> T cached(Deployment deployment, String what, Supplier<T> compute) {
		if (deployment.eResource() == null) {
			return compute.get();
		}
		return cache.get(Tuples.create(NetworkAnalyses.class, deployment, what), deployment.eResource(), compute::get);
	}

	private static AnalyzedNetwork compute(Network network) {
		return analyze(new NetworkLowering().lower(network));
	}

	private static AnalyzedNetwork analyze(LoweringResult lowering) {
		if (!lowering.succeeded()) {
			return new AnalyzedNetwork(lowering, null, null);
		}
		LayerGraph graph = IrToLayerGraph.convert(lowering.graph());
		return new AnalyzedNetwork(lowering, graph, new NetworkAnalyzer().analyze(graph));
	}
}
