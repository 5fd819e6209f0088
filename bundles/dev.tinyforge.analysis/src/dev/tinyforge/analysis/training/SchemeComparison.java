package dev.tinyforge.analysis.training;

import dev.tinyforge.analysis.graph.LayerGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * The training memory of one network under TinyTL's schemes side by side, and how the chosen one grows with the
 * batch: what a user weighs before picking a scheme. Like its {@link TrainingMemoryAnalyzer}, an instance belongs to
 * one thread.
 */
public final class SchemeComparison {

	/** The batch sizes of {@link #batchScaling}: TinyTL's 1 and 8, and the powers of two between and after. */
	public static final List<Integer> BATCHES = List.of(1, 2, 4, 8, 16);

	private final TrainingMemoryAnalyzer analyzer = new TrainingMemoryAnalyzer();

	/**
	 * Full, last layer, bias only and bias with lite residual (shaped as the setup's, else TinyTL's), each with the
	 * setup's batch, optimizer and precisions; then the setup's own scheme if it is none of these (a list of
	 * layers).
	 */
	public List<TrainingMemory> compare(LayerGraph g, FusedActivation[] activations, TrainingSetup setup) {
		LiteResidualConfig config = setup.scheme().liteResidual() == null ? LiteResidualConfig.TINYTL
				: setup.scheme().liteResidual();
		List<UpdateScheme> schemes = new ArrayList<>(UpdateScheme.tinyTlSchemes(config));
		if (!schemes.contains(setup.scheme())) {
			schemes.add(setup.scheme());
		}
		return schemes.stream().map(scheme -> analyzer.analyze(g, activations, setup.withScheme(scheme))).toList();
	}

	/** The peak bytes of the setup at each of {@link #BATCHES}. */
	public List<Long> batchScaling(LayerGraph g, FusedActivation[] activations, TrainingSetup setup) {
		return BATCHES.stream().map(batch -> analyzer.analyze(g, activations, setup.withBatch(batch)).peakBytes())
				.toList();
	}
}
