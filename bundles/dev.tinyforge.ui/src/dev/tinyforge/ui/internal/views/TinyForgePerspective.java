package dev.tinyforge.ui.internal.views;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The TinyForge perspective: projects on the left, the .tinyml editor with its memory chart beside it, the search
 * view, problems and the TinyForge console below, as a firmware engineer checks a network before flashing it.
 */
public final class TinyForgePerspective implements IPerspectiveFactory {

	public static final String ID = "dev.tinyforge.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editor = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.18f, editor);
		layout.addView(MemoryChartView.ID, IPageLayout.RIGHT, 0.55f, editor);
		IFolderLayout bottom = layout.createFolder("dev.tinyforge.ui.perspective.bottom", IPageLayout.BOTTOM, 0.68f,
				editor);
		bottom.addView(SearchView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView("org.eclipse.ui.console.ConsoleView");
		layout.addShowViewShortcut(MemoryChartView.ID);
		layout.addShowViewShortcut(SearchView.ID);
		layout.addNewWizardShortcut("dev.tinyforge.ui.newModel");
	}
}
