package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.OperatorStep;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.ChartLayout;
import dev.tinyforge.ui.chart.MemoryChart;
import dev.tinyforge.ui.internal.views.MemoryChartView;

/** The example project's person detection deployment in the editor, with the memory chart beside it. */
class MemoryChartViewTest {

	/** The example project, relative to this fragment's folder (the tests' working directory). */
	private static final Path EXAMPLE = Path.of("../../example-projects/person-detection");

	private IProject project;
	private IWorkbenchPage page;
	private ITextEditor editor;
	private MemoryChartView view;

	@BeforeEach
	void openExample() throws CoreException, IOException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("chart-test");
		project.create(null);
		project.open(null);
		for (String name : List.of("devices.tinyml", "person-detect.tinyml")) {
			project.getFile(name).create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLE.resolve(name))), true,
					null);
		}
		IFile file = project.getFile("person-detect.tinyml");
		editor = (ITextEditor) IDE.openEditor(page, file);
		view = (MemoryChartView) page.showView(MemoryChartView.ID);
		page.activate(editor);
	}

	@AfterEach
	void close() throws CoreException {
		page.hideView(view);
		page.closeEditor(editor, false);
		project.delete(true, true, null);
	}

	private NetworkAnalysis analysis() {
		IFile file = project.getFile("person-detect.tinyml");
		var resource = TinyMlUi.parse(document().get(), file);
		Deployment deploy = (Deployment) resource.getAllContents().next().eContents().stream()
				.filter(Deployment.class::isInstance).findFirst().orElseThrow();
		return TinyMlUi.injector().getInstance(NetworkAnalyses.class).get(deploy.getNetwork()).analysis();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Test
	void oneBarPerOperatorWithTheAnalysisNumbers() {
		MemoryChart chart = view.getChart();
		NetworkAnalysis analysis = analysis();
		List<OperatorStep> steps = chart.getData().steps();

		assertEquals("person_detect on stm32f746g_disco", chart.getData().title());
		assertEquals(analysis.opCount(), steps.size());
		for (OperatorStep step : steps) {
			assertEquals(analysis.liveBytes(step.step()), step.liveBytes());
			assertEquals(analysis.weightBytes(step.step()), step.weightBytes());
			assertEquals(analysis.peakStep() == step.step(), step.peak());
		}
		assertEquals(320 * 1024, chart.getData().sramBytes());
		assertEquals(256 * 1024, chart.getData().sramAvailableBytes());
		OperatorStep peak = steps.get(analysis.peakStep());
		assertTrue(MemoryChart.tooltip(peak).contains(String.format("live SRAM %,d B (peak)", peak.liveBytes())),
				MemoryChart.tooltip(peak));
	}

	@Test
	void clickingABarSelectsItsLayerInTheText() {
		MemoryChart chart = view.getChart();
		waitUntil(() -> chart.getSize().x > 300, "the view was not laid out");
		ChartLayout layout = chart.chartLayout();
		int step = 3;
		Rectangle slot = layout.barSlot(step);
		Event click = new Event();
		click.button = 1;
		click.x = slot.x + slot.width / 2;
		click.y = layout.sram().y + layout.sram().height - 1;
		chart.notifyListeners(SWT.MouseUp, click);

		String layer = chart.getData().steps().get(step).layer();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(layer, selection.getText());
	}

	@Test
	void theChartFollowsEditsAndExportsAsPng(@TempDir Path folder) throws Exception {
		MemoryChart chart = view.getChart();
		long before = chart.getData().steps().get(0).outputBytes();
		IDocument document = document();
		int at = document.get().indexOf("conv conv1 filters 8") + "conv conv1 filters ".length();
		document.replace(at, 1, "16");

		waitUntil(() -> chart.getData().steps().get(0).outputBytes() == 2 * before, "the chart did not follow the edit");

		Path png = folder.resolve("chart.png");
		chart.exportPng(png.toString());
		byte[] header = Arrays.copyOf(Files.readAllBytes(png), 8);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, header);
		assertFalse(chart.getSize().x < 100, "the view gives the chart room");
	}

	private static void waitUntil(BooleanSupplier condition, String message) {
		UiWaits.until(condition, 10_000, message);
	}
}
