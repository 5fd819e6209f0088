package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tinyforge.ui.internal.views.MemoryChartView;
import dev.tinyforge.ui.internal.views.SearchView;
import dev.tinyforge.ui.internal.views.TinyForgePerspective;

/** The TinyForge perspective, which the product opens first, shows the memory chart and the search view. */
class TinyForgePerspectiveTest {

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	private final IPerspectiveDescriptor before = page.getPerspective();
	private final IPerspectiveDescriptor tinyForge = PlatformUI.getWorkbench().getPerspectiveRegistry()
			.findPerspectiveWithId(TinyForgePerspective.ID);

	@AfterEach
	void restorePerspective() {
		page.setPerspective(before);
		page.closePerspective(tinyForge, false, false);
	}

	@Test
	void opensWithTheChartTheSearchViewAndTheProblems() {
		page.setPerspective(tinyForge);
		assertNotNull(page.findView(MemoryChartView.ID), "Memory per Layer");
		assertNotNull(page.findViewReference(SearchView.ID), "TinyNAS Search");
		assertNotNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "Problems");
		assertNotNull(page.findViewReference(IPageLayout.ID_PROJECT_EXPLORER), "Project Explorer");
	}
}
