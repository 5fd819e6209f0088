package dev.tinyforge.cli.report;

import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.analysis.FitVerdict;
import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;

/**
 * Builds the {@link NetworkReport} of one analysed IR graph, whatever it came from (a .tinyml network, an
 * imported .tflite model): a row per operator, the totals and, on a device, the fit verdict.
 */
public final class NetworkReportBuilder {

	private NetworkReportBuilder() {
	}

	/**
	 * Analyses {@code ir} on its own, as for a model file, which names no device.
	 *
	 * @return not analysed, with the reason, when the analysis rejects the graph
	 */
	public static NetworkReport analyze(String network, Graph ir) {
		try {
			LayerGraph graph = IrToLayerGraph.convert(ir);
			return build(network, null, null, null, ir, graph, new NetworkAnalyzer().analyze(graph));
		} catch (RuntimeException e) {
			return notAnalyzed(network, null, null, e);
		}
	}

	/**
	 * @param device null for a network on its own, which gets no verdict; then {@code description} and
	 *        {@code budget} are null too
	 * @param graph the layer graph of {@code ir}, which keeps its operator order
	 * @throws RuntimeException when the fit check rejects the budget
	 */
	public static NetworkReport build(String network, String device, String description, DeviceBudget budget,
			Graph ir, LayerGraph graph, NetworkAnalysis analysis) {
		return new NetworkReport(network, device, description, List.of(), layers(ir, graph, analysis),
				totals(analysis), budget == null ? null : verdict(graph, analysis, budget),
				analysis.patchPhase().map(phase -> patches(graph, phase)).orElse(null));
	}

	/** The analysis rejects graphs and budgets it cannot handle; that is a finding about the model, not a crash. */
	public static NetworkReport notAnalyzed(String network, String device, String description, RuntimeException e) {
		String reason = e.getMessage() == null ? e.toString() : e.getMessage();
		return NetworkReport.notAnalyzed(network, device, description, List.of(reason));
	}

	private static List<LayerRow> layers(Graph ir, LayerGraph graph, NetworkAnalysis analysis) {
		// The layer graph keeps the IR's operator order, so step i is IR operator i.
		List<Operator> operators = ir.getOperators();
		List<LayerRow> rows = new ArrayList<>(graph.opCount());
		for (int op = 0; op < graph.opCount(); op++) {
			rows.add(new LayerRow(op, graph.opName(op), graph.opOrigin(op), graph.opKind(op).name(),
					Tensors.format(operators.get(op).getOutputs().get(0)), analysis.macs(op), analysis.params(op),
					analysis.weightBytes(op), analysis.scratchBytes(op), analysis.liveBytes(op),
					op == analysis.peakStep(), patched(analysis, op), analysis.fusedInto(op)));
		}
		return rows;
	}

	private static boolean patched(NetworkAnalysis analysis, int op) {
		return analysis.patchPhase().map(phase -> phase.plan().inPrefix(op)).orElse(false);
	}

	private static PatchReport patches(LayerGraph graph, PatchPhase phase) {
		PatchPlan plan = phase.plan();
		return new PatchReport(plan.rows(), plan.columns(), plan.firstOp(), plan.splitOp(),
				graph.opName(plan.splitOp()), phase.executedMacs(), phase.extraMacs(), 100 * phase.macOverhead());
	}

	private static Totals totals(NetworkAnalysis analysis) {
		return new Totals(analysis.totalMacs(), analysis.totalParams(), analysis.totalWeightBytes(),
				analysis.arenaBytes(), analysis.maxLiveBytes(), analysis.peakStep());
	}

	private static FitReport verdict(LayerGraph graph, NetworkAnalysis analysis, DeviceBudget budget) {
		FitVerdict fit = FitVerdict.of(analysis, graph, budget);
		return new FitReport(fit.fits(),
				new MemoryFit(fit.sramNeeded(), budget.sramBytes(), budget.sramReserveBytes(), fit.sramAvailable(),
						fit.sramOverBytes(), fit.fitsSram()),
				new MemoryFit(fit.flashNeeded(), budget.flashBytes(), budget.flashReserveBytes(), fit.flashAvailable(),
						fit.flashOverBytes(), fit.fitsFlash()));
	}
}
