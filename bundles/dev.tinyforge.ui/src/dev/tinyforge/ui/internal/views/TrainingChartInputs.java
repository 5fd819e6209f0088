package dev.tinyforge.ui.internal.views;

import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.cli.report.TrainingReport;
import dev.tinyforge.cli.report.TrainingReportBuilder;
import dev.tinyforge.cli.report.TrainingWords;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Training;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.TrainingChartData;

/**
 * What the training chart shows for a file: the memory of the first {@code train} block for the
 * {@linkplain ChartSubject network it is about}, as {@code tinyforge analyze --train} reports it, against the
 * device's SRAM when the file deploys the network; without such a block, how to write one.
 */
final class TrainingChartInputs {

	private TrainingChartInputs() {
	}

	static TrainingChartData of(XtextResource resource) {
		Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
		ChartSubject subject = model == null ? null : ChartSubject.of(model);
		if (subject == null) {
			return TrainingChartData.message("The file declares no network");
		}
		Training block = subject.training(model);
		if (block == null) {
			return TrainingChartData.message(howToTrain(subject.network().getName()));
		}
		TrainingReport report = new TrainingReportBuilder(TinyMlUi.injector().getInstance(NetworkAnalyses.class))
				.analyze(block);
		String title = "train " + report.network() + ": " + TrainingWords.setup(report.setup());
		if (!report.analyzed()) {
			return TrainingChartData.message(title + "\nnot analysed: " + String.join("\n", report.problems()));
		}
		DeviceBudget budget = ChartInputs.budget(subject);
		return TrainingChartData.of(title, report.graph(), report.chosen(), report.schemes(),
				budget == null ? 0 : budget.sramBytes(), budget == null ? 0 : budget.sramAvailableBytes());
	}

	private static String howToTrain(String network) {
		return "The file has no train block for " + network + ". Add one to see what fine-tuning it on the device"
				+ " costs (TinyTL),\nper layer and for each update scheme, e.g.:\n\ntrain " + network + " {\n"
				+ "    scheme bias-only + lite-residual    // or full, last-layer, bias-only, layers a, b\n"
				+ "    batch 8\n    optimizer adam                      // or sgd, sgd momentum\n"
				+ "    precision weights fp32 activations int8\n}";
	}
}
