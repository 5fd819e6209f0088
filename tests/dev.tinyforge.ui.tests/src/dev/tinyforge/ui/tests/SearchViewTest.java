package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.run.EvaluatorSetting;
import dev.tinyforge.nas.run.SearchBlockRunner;
import dev.tinyforge.nas.run.SearchRun;
import dev.tinyforge.nas.run.SearchTargets;
import dev.tinyforge.testing.SearchTexts;
import dev.tinyforge.ui.chart.ProgressSeries;
import dev.tinyforge.ui.internal.preferences.TinyForgePreferences;
import dev.tinyforge.ui.internal.search.SearchJob;
import dev.tinyforge.ui.internal.search.SubnetRow;
import dev.tinyforge.ui.internal.views.SearchView;

/** The TinyNAS Search view on a file with a small search block: run, plots, table, Apply and Undo, errors. */
class SearchViewTest {

	private static final String FILE = SearchTexts.TWO_BOARDS;

	private static final long SEARCH_MILLIS = 60_000;

	private IProject project;
	private IFile file;
	private IWorkbenchPage page;
	private ITextEditor editor;
	private SearchView view;

	@BeforeEach
	void open() throws CoreException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("search-test");
		project.create(null);
		project.open(null);
		file = project.getFile("search.tinyml");
		file.create(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), true, null);
		editor = (ITextEditor) IDE.openEditor(page, file);
		view = (SearchView) page.showView(SearchView.ID);
		page.activate(editor);
	}

	@AfterEach
	void close() throws CoreException, InterruptedException {
		Job.getJobManager().cancel(SearchJob.FAMILY);
		UiWaits.until(() -> !view.isRunning(), SEARCH_MILLIS, "the search did not stop");
		page.hideView(view);
		page.closeEditor(editor, false);
		project.delete(true, true, null);
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** The same block run directly with the core API: the view must show exactly this. */
	private SearchRun expected() {
		XtextResource resource = TinyMlUi.parse(FILE, file);
		SearchSpace search = EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(),
				SearchSpace.class).get(0);
		return SearchBlockRunner.run(search, SearchTargets.of(search, search.getDevices()), Path.of("."),
				TinyForgePreferences.current().parallelism(), EvaluatorSetting.NONE, SearchMonitor.NONE);
	}

	@Test
	void aShortSearchShowsTheCoreResultsAndApplyAddsANetworkThatUndoRemoves() {
		view.select("tiny");
		view.run();
		assertTrue(view.isRunning(), view.getMessage());
		UiWaits.until(() -> !view.isRunning(), SEARCH_MILLIS, "the search did not end: " + view.getMessage());
		assertNotNull(view.getResult(), view.getMessage());
		assertTrue(view.getMessage().startsWith("Search tiny done: "), view.getMessage());

		SearchRun expected = expected();
		@SuppressWarnings("unchecked")
		List<SubnetRow> rows = (List<SubnetRow>) view.getTable().viewer().getInput();
		int shown = 0;
		for (DeviceResult device : expected.devices()) {
			List<SubnetRow> ofDevice = rows.stream().filter(row -> row.device().equals(device.device().name()))
					.toList();
			assertEquals(Math.min(10, device.pareto().size()), ofDevice.size());
			for (int rank = 0; rank < ofDevice.size(); rank++) {
				assertEquals(device.pareto().get(rank).subnet().key(), ofDevice.get(rank).candidate().subnet().key());
				assertEquals(device.pareto().get(rank).metrics(), ofDevice.get(rank).candidate().metrics());
			}
			shown += ofDevice.size();
		}
		assertEquals(shown, view.getTable().viewer().getTable().getItemCount());
		assertEquals("tiny_f746", rows.get(0).networkName());
		assertEquals(String.format("%,d", expected.devices().get(0).best().metrics().macs()),
				view.getTable().viewer().getTable().getItem(0).getText(5));

		List<ProgressSeries> progress = view.getProgressPlot().getSeries();
		assertEquals(List.of("f746", "f412"), progress.stream().map(ProgressSeries::device).toList());
		for (int i = 0; i < progress.size(); i++) {
			List<Double> bests = progress.get(i).bests();
			assertEquals(7, bests.size(), "the initial population and 6 generations");
			assertEquals(expected.devices().get(i).best().score(), bests.get(bests.size() - 1));
		}
		assertEquals(2, view.getParetoScatter().getSeries().size());
		assertEquals(expected.devices().get(1).pareto().size(),
				view.getParetoScatter().getSeries().get(1).front().size());

		String before = document().get();
		view.getTable().viewer().setSelection(new StructuredSelection(rows.get(0)));
		view.apply();
		String after = document().get();
		assertTrue(after.startsWith(before.substring(0, before.indexOf("\t}\n}\n") + 4) + "\n\nnetwork tiny_f746 {\n"),
				after);
		assertTrue(view.getMessage().startsWith("Added network tiny_f746"), view.getMessage());
		XtextResource applied = TinyMlUi.parse(after + "\ndeploy tiny_f746 on f746\n", file);
		assertEquals(List.of(), TinyMlUi.injector().getInstance(IResourceValidator.class)
				.validate(applied, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).map(issue -> issue.getMessage()).toList());

		view.apply();
		assertEquals("already holds a network tiny_f746; rename or remove it to apply the search again",
				view.getMessage());
		assertEquals(after, document().get());

		editor.getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(before, document().get());
	}

	@Test
	void aFileWithErrorsIsNotSearchedAndTheViewSaysWhy() throws Exception {
		IDocument document = document();
		int at = document.get().indexOf("devices f746, f412") + "devices f746, ".length();
		document.replace(at, "f412".length(), "nrf52");
		view.select("tiny");
		view.run();
		assertFalse(view.isRunning());
		assertTrue(view.getMessage().startsWith("search.tinyml has "), view.getMessage());
		assertTrue(view.getMessage().contains("; fix them first. Line 16: "), view.getMessage());
		assertTrue(view.getMessage().contains("nrf52"), view.getMessage());
	}

	@Test
	void cancelStopsTheSearch() throws Exception {
		IDocument document = document();
		int at = document.get().indexOf("generations 6");
		document.replace(at, "generations 6".length(), "generations 100000");
		view.select("tiny");
		view.run();
		UiWaits.until(() -> !view.getProgressPlot().getSeries().isEmpty(), SEARCH_MILLIS, "no generation came");
		Job.getJobManager().cancel(SearchJob.FAMILY);
		UiWaits.until(() -> !view.isRunning(), SEARCH_MILLIS, "the search did not stop");
		assertEquals("Search canceled", view.getMessage());
		assertEquals(null, view.getResult());
	}
}
