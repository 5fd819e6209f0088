package dev.tinyforge.cli.report;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Issue;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrActivations;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.analysis.training.FusedActivation;
import dev.tinyforge.analysis.training.LiteResidualConfig;
import dev.tinyforge.analysis.training.SchemeComparison;
import dev.tinyforge.analysis.training.TrainingMemoryAnalyzer;
import dev.tinyforge.analysis.training.TrainingSetup;
import dev.tinyforge.analysis.training.UpdateScheme;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.TrainingSetups;
import dev.tinyforge.dsl.lowering.LoweringProblem;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.Training;
import dev.tinyforge.model.ir.Graph;

/**
 * Builds the {@link TrainingAnalysisReport} of a loaded and validated .tinyml file, or the {@link TrainingReport} of
 * an imported model. Without a {@code train} block a network gets {@link #DEFAULT_SETUP}.
 */
public final class TrainingReportBuilder {

	/** TinyTL's own scheme and the setup of its memory figures: batch 1, SGD, 32-bit floats. */
	public static final TrainingSetup DEFAULT_SETUP = TrainingSetup
			.of(UpdateScheme.liteResidual(LiteResidualConfig.TINYTL));

	private final NetworkAnalyses analyses;

	public TrainingReportBuilder(NetworkAnalyses analyses) {
		this.analyses = Objects.requireNonNull(analyses, "analyses");
	}

	/**
	 * @param file the file as the user named it, used in the diagnostics
	 * @param issues the result of validating {@code resource}
	 */
	public TrainingAnalysisReport build(String file, Resource resource, List<Issue> issues) {
		List<TrainingReport> trainings = List.of();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			List<Training> blocks = EcoreUtil2.typeSelect(model.getElements(), Training.class);
			trainings = blocks.isEmpty()
					? EcoreUtil2.typeSelect(model.getElements(), Network.class).stream()
							.map(network -> analyze(network, DEFAULT_SETUP)).toList()
					: blocks.stream().filter(block -> block.getNetwork() != null && !block.getNetwork().eIsProxy())
							.map(this::analyze).toList();
		}
		return new TrainingAnalysisReport(file, IssueDiagnostics.of(file, issues), trainings);
	}

	/** The training memory of one {@code train} block, whose network must be resolved. */
	public TrainingReport analyze(Training block) {
		TrainingSetup setup;
		try {
			setup = TrainingSetups.of(block);
		} catch (IllegalArgumentException e) {
			return TrainingReport.notAnalyzed(block.getNetwork().getName(), DEFAULT_SETUP, List.of(e.getMessage()));
		}
		return analyze(block.getNetwork(), setup);
	}

	private TrainingReport analyze(Network network, TrainingSetup setup) {
		AnalyzedNetwork analyzed = analyses.get(network);
		if (!analyzed.analyzed()) {
			return TrainingReport.notAnalyzed(network.getName(), setup,
					analyzed.lowering().problems().stream().map(LoweringProblem::message).toList());
		}
		return analyze(network.getName(), analyzed.lowering().graph(), analyzed.graph(), setup);
	}

	/**
	 * Analyses a model's graph on its own.
	 *
	 * @return not analysed, with the reason, when the analysis rejects the graph or the setup
	 */
	public static TrainingReport analyze(String network, Graph ir, TrainingSetup setup) {
		try {
			return analyze(network, ir, IrToLayerGraph.convert(ir), setup);
		} catch (IllegalArgumentException e) {
			return TrainingReport.notAnalyzed(network, setup, List.of(e.getMessage()));
		}
	}

	/** @param graph the layer graph of {@code ir}, which keeps its operator order */
	private static TrainingReport analyze(String network, Graph ir, LayerGraph graph, TrainingSetup setup) {
		FusedActivation[] activations = IrActivations.of(ir);
		SchemeComparison comparison = new SchemeComparison();
		try {
			return new TrainingReport(network, setup, graph,
					new TrainingMemoryAnalyzer().analyze(graph, activations, setup),
					comparison.compare(graph, activations, setup), comparison.batchScaling(graph, activations, setup),
					List.of());
		} catch (IllegalArgumentException e) {
			return TrainingReport.notAnalyzed(network, setup, List.of(e.getMessage()));
		}
	}
}
