package dev.tinyforge.ui.internal.views;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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
 * What the training chart shows for a file: the memory of the {@code train} block the caret is in, or else of the
 * file's first one for the {@linkplain ChartSubject network it is about}, as {@code tinyforge analyze --train}
 * reports it, against the device's SRAM when the file deploys the network; without such a block, how to write one.
 * It remembers the last block it analysed, so that moving the caret within a block analyses nothing again.
 */
final class TrainingChartInputs {

	/**
	 * What the last chart was made of: the file, its text, where in it the block starts (-1 for none), the text of
	 * the file declaring the network and the device's memory.
	 */
	private record Source(String file, String text, int block, String networkText, DeviceBudget budget) {
	}

	private Source last;
	private TrainingChartData lastChart;

	/** @param caret the caret's offset in {@code text}, which {@code resource} was parsed from */
	TrainingChartData of(XtextResource resource, String text, int caret) {
		Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
		ChartSubject subject = model == null ? null : ChartSubject.of(model);
		if (subject == null) {
			return TrainingChartData.message("The file declares no network");
		}
		Training block = trainingAt(model, caret);
		if (block == null) {
			block = subject.training(model);
		}
		DeviceBudget budget = block != null && block.getNetwork() == subject.network() ? ChartInputs.budget(subject)
				: null;
		Source source = new Source(resource.getURI().toString(), text,
				block == null ? -1 : NodeModelUtils.findActualNodeFor(block).getOffset(),
				fileText(block == null ? subject.network() : block.getNetwork()), budget);
		if (!source.equals(last)) {
			lastChart = block == null ? TrainingChartData.message(howToTrain(subject.network().getName()))
					: chart(block, budget);
			last = source;
		}
		return lastChart;
	}

	private static String fileText(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		return node == null ? "" : node.getRootNode().getText();
	}

	/** The resolved train block whose text holds {@code offset}, or null. */
	private static Training trainingAt(Model model, int offset) {
		for (Training training : EcoreUtil2.typeSelect(model.getElements(), Training.class)) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(training);
			if (node != null && node.getOffset() <= offset && offset <= node.getEndOffset()
					&& training.getNetwork() != null && !training.getNetwork().eIsProxy()) {
				return training;
			}
		}
		return null;
	}

	/** @param budget the device of the file's deployment of the network, null if none */
	private static TrainingChartData chart(Training block, DeviceBudget budget) {
		TrainingReport report = new TrainingReportBuilder(TinyMlUi.injector().getInstance(NetworkAnalyses.class))
				.analyze(block);
		String title = "train " + report.network() + ": " + TrainingWords.setup(report.setup());
		if (!report.analyzed()) {
			return TrainingChartData.message(title + "\nnot analysed: " + String.join("\n", report.problems()));
		}
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
