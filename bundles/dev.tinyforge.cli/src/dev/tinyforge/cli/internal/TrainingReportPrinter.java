package dev.tinyforge.cli.internal;

import static dev.tinyforge.cli.internal.Numbers.bytes;
import static dev.tinyforge.cli.internal.Numbers.grouped;
import static dev.tinyforge.cli.internal.TextTable.Align.LEFT;
import static dev.tinyforge.cli.internal.TextTable.Align.RIGHT;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.training.SchemeComparison;
import dev.tinyforge.analysis.training.TrainingMemory;
import dev.tinyforge.cli.report.TrainingAnalysisReport;
import dev.tinyforge.cli.report.TrainingReport;
import dev.tinyforge.cli.report.TrainingWords;

/**
 * Prints a {@link TrainingAnalysisReport} for people: per training, its layers under the chosen scheme, its totals,
 * TinyTL's schemes side by side and how the peak grows with the batch.
 */
final class TrainingReportPrinter {

	private static final String INDENT = "  ";

	private TrainingReportPrinter() {
	}

	static void print(TrainingAnalysisReport report, PrintStream out) {
		if (report.trainings().isEmpty() && !report.hasErrors()) {
			out.println(report.file() + ": no train block or network to analyse");
		}
		for (int i = 0; i < report.trainings().size(); i++) {
			if (i > 0) {
				out.println();
			}
			print(report.trainings().get(i), out);
		}
	}

	private static void print(TrainingReport training, PrintStream out) {
		out.println("train " + training.network() + ": " + TrainingWords.setup(training.setup()));
		for (String problem : training.problems()) {
			out.println(INDENT + "not analysed: " + problem);
		}
		if (!training.analyzed()) {
			return;
		}
		out.println();
		layers(training.graph(), training.chosen()).print(out, INDENT);
		out.println();
		totals(training.graph(), training.chosen()).print(out, INDENT);
		out.println();
		out.println(INDENT + "schemes with batch " + training.setup().batch() + ", "
				+ TrainingWords.optimizer(training.setup().optimizer()) + ", weights "
				+ TrainingWords.precision(training.setup().weights()) + ", activations "
				+ TrainingWords.precision(training.setup().activations()) + ":");
		schemes(training).print(out, INDENT);
		out.println();
		out.println(INDENT + "peak SRAM by batch size: " + batchScaling(training.batchScaling()));
	}

	private static TextTable layers(LayerGraph graph, TrainingMemory memory) {
		TextTable table = new TextTable(RIGHT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT);
		table.row("#", "layer", "op", "updates", "kept B", "params B", "grads B", "optimizer B", "lite res. B",
				"forward live B", "backward live B");
		for (int op = 0; op < graph.opCount(); op++) {
			table.row(String.valueOf(op), graph.opName(op), graph.opKind(op).name(), TrainingWords.updates(memory, op),
					grouped(memory.keptActivationBytes(op)), grouped(memory.parameterBytes(op)),
					grouped(memory.gradientBytes(op)), grouped(memory.optimizerStateBytes(op)),
					grouped(memory.liteResidualBytes(op)), grouped(memory.forwardLiveBytes(op)),
					grouped(memory.backwardLiveBytes(op)));
		}
		return table;
	}

	private static TextTable totals(LayerGraph graph, TrainingMemory memory) {
		TextTable table = new TextTable(LEFT, LEFT);
		table.row("kept activations", bytes(memory.totalKeptActivationBytes()));
		table.row("updated parameters", bytes(memory.totalParameterBytes()));
		table.row("gradients", bytes(memory.totalGradientBytes()));
		table.row("optimizer state", bytes(memory.totalOptimizerStateBytes()));
		table.row("lite residual", bytes(memory.totalLiteResidualBytes()) + " in " + memory.liteResidualModules()
				+ " modules");
		table.row("frozen weights (Flash)", bytes(memory.frozenWeightBytes()));
		table.row("arena (SRAM)", bytes(memory.arenaBytes()));
		table.row("peak", bytes(memory.peakBytes()) + " live " + TrainingWords.peak(graph, memory));
		return table;
	}

	private static TextTable schemes(TrainingReport training) {
		TextTable table = new TextTable(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT);
		table.row("scheme", "kept B", "params B", "grads B", "optimizer B", "lite res. B", "peak B", "arena B",
				"frozen (Flash) B", "full / this");
		long full = training.full().peakBytes();
		for (TrainingMemory scheme : training.schemes()) {
			table.row(scheme.setup().scheme().label(), grouped(scheme.totalKeptActivationBytes()),
					grouped(scheme.totalParameterBytes()), grouped(scheme.totalGradientBytes()),
					grouped(scheme.totalOptimizerStateBytes()), grouped(scheme.totalLiteResidualBytes()),
					grouped(scheme.peakBytes()), grouped(scheme.arenaBytes()), grouped(scheme.frozenWeightBytes()),
					String.format(Locale.ROOT, "%.2fx", full / (double) scheme.peakBytes()));
		}
		return table;
	}

	private static String batchScaling(List<Long> peaks) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < peaks.size(); i++) {
			parts.add(SchemeComparison.BATCHES.get(i) + ": " + grouped(peaks.get(i)) + " B");
		}
		return String.join(", ", parts);
	}
}
