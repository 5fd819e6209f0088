package dev.tinyforge.screenshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Once the IDE is up: imports the example project, opens its model next to the Memory per Layer view, announces
 * the scene with {@code editor-with-chart.ready} in the folder of {@code -Dtinyforge.scenes}, waits for the script's
 * {@code editor-with-chart.taken} and closes the workbench. Without that property it does nothing.
 */
public final class SceneStartup implements IStartup {

	private static final String SCENE = "editor-with-chart";
	private static final String MODEL = "person-detect.tinyml";
	private static final String MEMORY_CHART_VIEW = "dev.tinyforge.ui.memoryChart"; // dev.tinyforge.ui/plugin.xml
	private static final long SETTLE_MILLIS = 4_000; // reconcilers, semantic coloring and the chart's refresh
	private static final long SCRIPT_TIMEOUT_MILLIS = 120_000;

	@Override
	public void earlyStartup() {
		String scenes = System.getProperty("tinyforge.scenes");
		String example = System.getProperty("tinyforge.example");
		if (scenes == null || example == null) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		try {
			IProject project = ExampleProject.importFolder(Path.of(example));
			workbench.getDisplay().syncExec(() -> show(workbench, project));
			Thread.sleep(SETTLE_MILLIS);
			Path out = Path.of(scenes);
			Files.writeString(out.resolve(SCENE + ".ready"), "");
			awaitPhotograph(out.resolve(SCENE + ".taken"));
		} catch (CoreException | IOException e) {
			ILog.of(SceneStartup.class).error(e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			workbench.getDisplay().asyncExec(workbench::close);
		}
	}

	private static void show(IWorkbench workbench, IProject project) {
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		Display display = workbench.getDisplay();
		page.getWorkbenchWindow().getShell().setBounds(display.getBounds()); // Xvfb has no window manager
		try {
			page.showView("org.eclipse.ui.views.ProblemView");
			page.showView("org.eclipse.ui.views.ContentOutline");
			page.showView(MEMORY_CHART_VIEW);
			page.activate(IDE.openEditor(page, project.getFile(MODEL)));
		} catch (PartInitException e) {
			ILog.of(SceneStartup.class).error(e.getMessage(), e);
		}
	}

	private static void awaitPhotograph(Path taken) throws InterruptedException {
		long end = System.currentTimeMillis() + SCRIPT_TIMEOUT_MILLIS;
		while (!Files.exists(taken) && System.currentTimeMillis() < end) {
			TimeUnit.MILLISECONDS.sleep(100);
		}
	}
}
