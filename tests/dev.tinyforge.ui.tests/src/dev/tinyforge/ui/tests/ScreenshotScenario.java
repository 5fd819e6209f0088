package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
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

	private static final Path EXAMPLE = Path.of("../../example-projects/person-detection");
	private static final Path TINYNAS = Path.of("../../example-projects/tinynas");

	@Test
	void scenes() throws CoreException, IOException {
		Path out = Path.of(System.getenv("TINYFORGE_SCREENSHOTS"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(Display.getCurrent().getBounds()); // no window manager under Xvfb to maximise it
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("person-detection");
		project.create(null);
		project.open(null);
		for (String name : List.of("devices.tinyml", "person-detect.tinyml", "too-big-for-m0.tinyml")) {
			project.getFile(name).create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLE.resolve(name))), true,
					null);
		}
		page.showView("org.eclipse.ui.views.ProblemView");
		page.showView("org.eclipse.ui.views.ContentOutline");
		page.showView(MemoryChartView.ID);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile("person-detect.tinyml"));
		page.activate(editor);
		hold(out, "editor-with-chart");

		page.activate(IDE.openEditor(page, project.getFile("too-big-for-m0.tinyml")));
		hold(out, "over-budget");

		searchScene(page, out);
	}

	/**
	 * The TinyNAS example's search for two boards in the TinyNAS Search view, maximised, once it ended; with a
	 * shorter evolution than the example's, so that it ends in a few seconds.
	 */
	private static void searchScene(IWorkbenchPage page, Path out) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("tinynas");
		project.create(null);
		project.open(null);
		String example = Files.readString(TINYNAS.resolve("mcunet-search.tinyml"));
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
