package dev.tinyforge.ui.tests;

import static dev.tinyforge.ui.tests.UiWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tinyforge.analysis.ir.IrActivations;
import dev.tinyforge.analysis.training.FusedActivation;
import dev.tinyforge.analysis.training.SchemeComparison;
import dev.tinyforge.analysis.training.TrainingMemory;
import dev.tinyforge.analysis.training.TrainingMemoryAnalyzer;
import dev.tinyforge.analysis.training.TrainingSetup;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.TrainingSetups;
import dev.tinyforge.dsl.tinyMl.Training;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.SchemeBar;
import dev.tinyforge.ui.chart.TrainingBar;
import dev.tinyforge.ui.chart.TrainingChart;
import dev.tinyforge.ui.chart.TrainingChartData;
import dev.tinyforge.ui.internal.views.MemoryChartView;

/** The on-device training example in the editor, with the memory chart in its training mode beside it. */
class TrainingChartViewTest {

	private IProject project;
	private IWorkbenchPage page;
	private IEditorPart editor;
	private MemoryChartView view;

	@BeforeEach
	void openExample() throws CoreException, IOException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ExampleWorkspace.copy("on-device-training", "training-chart-test", "mobilenetv2.tinyml",
				"fine-tune.tinyml");
		view = (MemoryChartView) page.showView(MemoryChartView.ID);
		view.setMode(MemoryChartView.Mode.TRAINING);
	}

	@AfterEach
	void close() throws CoreException {
		view.setMode(MemoryChartView.Mode.INFERENCE);
		page.hideView(view);
		page.closeEditor(editor, false);
		project.delete(true, true, null);
	}

	private void open(String name) throws CoreException {
		editor = IDE.openEditor(page, project.getFile(name));
		page.activate(editor);
	}

	@Test
	void theBarsAreTheTrainBlocksMemoryAndTheSchemesItsComparison() throws CoreException {
		open("fine-tune.tinyml");
		TrainingChart chart = view.getTrainingChart();
		waitUntil(() -> !chart.getData().bars().isEmpty(), () -> "no training chart");
		TrainingChartData data = chart.getData();

		// the first train block, analysed here without the chart's code
		String text = ((ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput()).get();
		Training block = (Training) TinyMlUi.parse(text, project.getFile("fine-tune.tinyml")).getContents().get(0)
				.eContents().get(0);
		AnalyzedNetwork network = TinyMlUi.injector().getInstance(NetworkAnalyses.class).get(block.getNetwork());
		FusedActivation[] activations = IrActivations.of(network.lowering().graph());
		TrainingSetup setup = TrainingSetups.of(block);
		TrainingMemory memory = new TrainingMemoryAnalyzer().analyze(network.graph(), activations, setup);

		assertTrue(data.title().startsWith("train mbv2: bias-only + lite-residual downsample 2 groups 2"),
				data.title());
		assertEquals(network.graph().opCount(), data.bars().size());
		for (TrainingBar bar : data.bars()) {
			int op = bar.step();
			assertArrayEquals(new long[] { memory.keptActivationBytes(op), memory.parameterBytes(op),
					memory.gradientBytes(op), memory.optimizerStateBytes(op), memory.liteResidualBytes(op) },
					bar.bytes().parts(), "operator " + op);
			assertEquals(memory.forwardLiveBytes(op), bar.forwardLiveBytes());
			assertEquals(memory.backwardLiveBytes(op), bar.backwardLiveBytes());
		}
		assertEquals(memory.peakBytes(), data.peakBytes());
		assertEquals(memory.arenaBytes(), data.arenaBytes());
		assertTrue(memory.totalLiteResidualBytes() > 0, "lite residual modules are counted");

		List<TrainingMemory> schemes = new SchemeComparison().compare(network.graph(), activations, setup);
		assertEquals(List.of("full", "last-layer", "bias-only", "bias-only + lite-residual"),
				data.schemes().stream().map(SchemeBar::label).toList());
		for (int i = 0; i < schemes.size(); i++) {
			SchemeBar bar = data.schemes().get(i);
			assertEquals(schemes.get(i).peakBytes(), bar.peakBytes(), bar.label());
			assertEquals(schemes.get(i).totalKeptActivationBytes(), bar.bytes().kept(), bar.label());
			assertEquals(i == 3, bar.chosen(), bar.label());
		}
		assertTrue(TrainingChart.tooltip(data.schemes().get(3)).contains("(this train block)"));
		assertTrue(data.schemes().get(3).timesLessThanFull() > 1, "TinyTL needs less than full fine-tuning");
	}

	@Test
	void theChartFollowsTheCaretToAnotherTrainBlockAndEditsToIt() throws Exception {
		open("fine-tune.tinyml");
		TrainingChart chart = view.getTrainingChart();
		waitUntil(() -> !chart.getData().bars().isEmpty(), () -> "no training chart");
		long firstPeak = chart.getData().peakBytes();
		ITextEditor text = (ITextEditor) editor;
		IDocument document = text.getDocumentProvider().getDocument(editor.getEditorInput());

		text.selectAndReveal(document.get().indexOf("scheme layers"), 0);
		waitUntil(() -> chart.getData().title().startsWith("train mbv2: layers last, classifier, batch 8"),
				() -> chart.getData().title());

		// the block's own scheme is none of TinyTL's, so it comes fifth
		assertEquals(5, chart.getData().schemes().size());
		assertEquals("layers last, classifier", chart.getData().schemes().get(4).label());
		assertTrue(chart.getData().schemes().get(4).chosen());
		assertTrue(chart.getData().peakBytes() != firstPeak);

		int batch = document.get().lastIndexOf("batch 8") + "batch ".length();
		long batch8 = chart.getData().peakBytes();
		document.replace(batch, 1, "1");
		waitUntil(() -> chart.getData().title().contains("batch 1,"), () -> chart.getData().title());
		assertTrue(chart.getData().peakBytes() < batch8, "a smaller batch keeps fewer activations");
	}

	@Test
	void aFileWithoutTrainBlockSaysHowToAddOne() throws CoreException {
		open("mobilenetv2.tinyml");
		TrainingChart chart = view.getTrainingChart();
		waitUntil(() -> chart.getData().title().contains("no train block"), () -> chart.getData().title());

		assertTrue(chart.getData().bars().isEmpty());
		assertTrue(chart.getData().title().contains("train mbv2 {\n    scheme bias-only + lite-residual"),
				chart.getData().title());
		view.setMode(MemoryChartView.Mode.INFERENCE);
		assertEquals("mbv2", view.getChart().getData().title(), "inference still shows the network");
	}
}
