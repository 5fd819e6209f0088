package dev.tinyforge.ui.tests;

import static dev.tinyforge.ui.tests.UiWaits.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
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
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.OperatorStep;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.ChartLayout;
import dev.tinyforge.ui.chart.MemoryChart;
import dev.tinyforge.ui.chart.NiceScale;
import dev.tinyforge.ui.chart.PatchRegion;
import dev.tinyforge.ui.internal.views.MemoryChartView;

/** The example project's person detection deployment in the editor, with the memory chart beside it. */
class MemoryChartViewTest {

	private IProject project;
	private IWorkbenchPage page;
	private ITextEditor editor;
	private MemoryChartView view;

	@BeforeEach
	void openExample() throws CoreException, IOException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ExampleWorkspace.copy("person-detection", "chart-test", "devices.tinyml", "person-detect.tinyml");
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

	/** The deployed network analysed layer by layer. */
	private NetworkAnalysis analysis() {
		return TinyMlUi.injector().getInstance(NetworkAnalyses.class).get(deployment().getNetwork()).analysis();
	}

	private Deployment deployment() {
		var resource = TinyMlUi.parse(document().get(), project.getFile("person-detect.tinyml"));
		return (Deployment) resource.getAllContents().next().eContents().stream()
				.filter(Deployment.class::isInstance).findFirst().orElseThrow();
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
		String tooltip = MemoryChart.tooltip(chart.getData(), peak);
		assertTrue(tooltip.contains(String.format("live SRAM %,d B (peak)", peak.liveBytes())), tooltip);
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

		waitUntil(() -> chart.getData().steps().get(0).outputBytes() == 2 * before,
				"the chart did not follow the edit");

		Path png = folder.resolve("chart.png");
		chart.exportPng(png.toString());
		byte[] header = Arrays.copyOf(Files.readAllBytes(png), 8);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, header);
		assertFalse(chart.getSize().x < 100, "the view gives the chart room");
	}

	@Test
	void withPatchesThePrefixIsShadedAndItsBarsAreOnePatch(@TempDir Path folder) throws Exception {
		MemoryChart chart = view.getChart();
		waitUntil(() -> chart.getSize().x > 300, "the view was not laid out");
		IDocument document = document();
		int at = document.get().indexOf("output \"generated/person_detect\"");
		document.replace(at, 0, "patches auto\n\t");
		waitUntil(() -> chart.getData().hasPatches(), "the chart did not take the patches");

		Deployment deployment = deployment();
		NetworkAnalysis patched = TinyMlUi.injector().getInstance(NetworkAnalyses.class).get(deployment).analysis();
		PatchPlan plan = patched.patchPhase().orElseThrow().plan();
		PatchRegion region = chart.getData().patches();
		assertEquals(plan.firstOp(), region.firstStep());
		assertEquals(plan.splitOp(), region.lastStep());
		assertEquals(analysis().maxLiveBytes(), region.layerByLayerPeakBytes());
		assertTrue(region.layerByLayerPeakBytes() > chart.getData().peakLiveBytes(), "patches lower the peak");
		for (OperatorStep step : chart.getData().steps()) {
			assertEquals(patched.liveBytes(step.step()), step.liveBytes(), "step " + step.step());
			assertEquals(region.contains(step.step()),
					MemoryChart.tooltip(chart.getData(), step).contains("patch by patch"));
		}
		assertTrue(MemoryChart.tooltip(chart.getData(), chart.getData().steps().get(plan.firstOp()))
				.contains(String.format("+%.1f%% of the network's MACs", 100 * region.macOverhead())));

		// in the picture, at 150 KiB of the SRAM axis (above the bars, between grid and limit lines), exactly the
		// prefix' columns are shaded; at a size where the panel has room for that, whatever the test window's
		chart.setSize(900, 600);
		Path png = folder.resolve("patches.png");
		chart.exportPng(png.toString());
		ImageData image = new ImageData(png.toString());
		double zoom = image.width / (double) chart.getClientArea().width;
		ChartLayout layout = chart.chartLayout();
		NiceScale scale = NiceScale.ofBytes(chart.getData().sramBytes(), 5);
		int y = layout.sram().y + layout.sram().height
				- scale.pixels(scale.step() * 3 / 2, layout.sram().height);
		for (int i = 0; i < layout.bars(); i++) {
			Rectangle slot = layout.barSlot(i);
			int x = (int) ((slot.x + slot.width / 2) * zoom);
			RGB pixel = image.palette.getRGB(image.getPixel(x, (int) (y * zoom)));
			assertEquals(region.contains(i) ? new RGB(255, 244, 200) : new RGB(255, 255, 255), pixel, "bar " + i);
		}
	}
}
