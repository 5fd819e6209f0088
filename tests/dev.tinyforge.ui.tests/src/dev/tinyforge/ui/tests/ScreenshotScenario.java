package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import dev.tinyforge.ui.internal.views.MemoryChartView;
import dev.tinyforge.ui.internal.views.SearchView;

/**
 * Not a test: the scenes releng/screenshots/take.sh photographs, run only when it sets TINYFORGE_SCREENSHOTS to its
 * output folder. Each scene is set up in the workbench, announced with SCENE.ready in that folder and held until
 * the script answers with SCENE.taken.
 */
@EnabledIfEnvironmentVariable(named = "TINYFORGE_SCREENSHOTS", matches = ".+")
class ScreenshotScenario {

	@Test
	void scenes() throws CoreException, IOException, BadLocationException {
		Path out = Path.of(System.getenv("TINYFORGE_SCREENSHOTS"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(Display.getCurrent().getBounds()); // no window manager under Xvfb to maximise it
		IProject project = ExampleWorkspace.copy("person-detection", "person-detection", "devices.tinyml",
				"person-detect.tinyml", "too-big-for-m0.tinyml");
		page.showView("org.eclipse.ui.views.ProblemView");
		page.showView("org.eclipse.ui.views.ContentOutline");
		page.showView(MemoryChartView.ID);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile("person-detect.tinyml"));
		page.activate(editor);
		hold(out, "editor-with-chart");

		page.activate(IDE.openEditor(page, project.getFile("too-big-for-m0.tinyml")));
		hold(out, "over-budget");

		// MCUNetV2's patches, typed into the deploy and not saved: the chart, maximised, shades the layers run
		// patch by patch
		page.activate(editor);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.replace(document.get().indexOf("output \"generated/"), 0, "patches auto\n\t");
		MemoryChartView chart = (MemoryChartView) page.showView(MemoryChartView.ID);
		page.setPartState(page.getReference(chart), IWorkbenchPage.STATE_MAXIMIZED);
		hold(out, "patches");

		IProject training = ExampleWorkspace.copy("on-device-training", "on-device-training", "mobilenetv2.tinyml",
				"fine-tune.tinyml");
		page.setPartState(page.getReference(chart), IWorkbenchPage.STATE_RESTORED);
		chart.setMode(MemoryChartView.Mode.TRAINING);
		page.activate(IDE.openEditor(page, training.getFile("fine-tune.tinyml")));
		page.setPartState(page.getReference(chart), IWorkbenchPage.STATE_MAXIMIZED);
		hold(out, "training");
		page.setPartState(page.getReference(chart), IWorkbenchPage.STATE_RESTORED);

		searchScene(page, out);
	}

	/**
	 * The TinyNAS example's search for two boards in the TinyNAS Search view, maximised, once it ended; with a
	 * shorter evolution than the example's, so that it ends in a few seconds.
	 */
	private static void searchScene(IWorkbenchPage page, Path out) throws CoreException, IOException {
		IProject project = ExampleWorkspace.copy("tinynas", "tinynas");
		String example = Files.readString(ExampleWorkspace.EXAMPLES.resolve("tinynas/mcunet-search.tinyml"));
		String shorter = example.replace("samples 1000", "samples 100").replace("population 100", "population 40")
				.replace("generations 500", "generations 60");
		IFile file = project.getFile("mcunet-search.tinyml");
		file.create(new ByteArrayInputStream(shorter.getBytes(StandardCharsets.UTF_8)), true, null);
		page.hideView(page.findView(MemoryChartView.ID));
		SearchView view = (SearchView) page.showView(SearchView.ID);
		page.activate(IDE.openEditor(page, file));
		view.select("mcunet");
		view.run();
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 600_000;
		while (view.isRunning()) {
			assertTrue(System.currentTimeMillis() < end, "the search did not end: " + view.getMessage());
			pump(display, 100);
		}
		view.getTable().viewer().setSelection(new StructuredSelection(view.getTable().viewer().getElementAt(0)));
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED); // room for plots and table
		hold(out, "search-view");
	}

	private static void hold(Path out, String scene) throws IOException {
		Display display = Display.getCurrent();
		pump(display, 3_000); // reconcilers and the chart's refresh
		Files.writeString(out.resolve(scene + ".ready"), "");
		long end = System.currentTimeMillis() + 120_000;
		while (!Files.exists(out.resolve(scene + ".taken"))) {
			assertTrue(System.currentTimeMillis() < end, "take.sh did not photograph " + scene);
			pump(display, 100);
		}
	}

	private static void pump(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// run pending UI work
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
