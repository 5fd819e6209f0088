package dev.tinyforge.cli.report;

import java.util.List;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.training.TrainingMemory;
import dev.tinyforge.analysis.training.TrainingSetup;

/**
 * The training memory of one network under one setup: per layer for the setup's scheme, and the schemes compared.
 *
 * @param network the network's name
 * @param setup what the {@code train} block asks for, or the default
 * @param graph the analysed graph, for its layer names; null when not analysed
 * @param chosen the setup's training memory; null when not analysed
 * @param schemes TinyTL's schemes with the setup's batch, optimizer and precisions, then the setup's own scheme
 *        if it is none of them; empty when not analysed
 * @param batchScaling the peak of the setup at each of {@code SchemeComparison.BATCHES}; empty when not analysed
 * @param problems why it was not analysed; empty when analysed
 */
public record TrainingReport(String network, TrainingSetup setup, LayerGraph graph, TrainingMemory chosen,
		List<TrainingMemory> schemes, List<Long> batchScaling, List<String> problems) {

	public TrainingReport {
		schemes = List.copyOf(schemes);
		batchScaling = List.copyOf(batchScaling);
		problems = List.copyOf(problems);
	}

	public static TrainingReport notAnalyzed(String network, TrainingSetup setup, List<String> problems) {
		return new TrainingReport(network, setup, null, null, List.of(), List.of(), problems);
	}

	public boolean analyzed() {
		return chosen != null;
	}

	/** The full fine-tuning row of {@link #schemes}, against which the others' savings are given. */
	public TrainingMemory full() {
		return schemes.get(0);
	}
}
