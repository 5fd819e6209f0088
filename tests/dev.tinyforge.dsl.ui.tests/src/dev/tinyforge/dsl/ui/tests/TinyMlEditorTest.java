package dev.tinyforge.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.dsl.ui.internal.editor.DocumentFiles;
import dev.tinyforge.dsl.ui.internal.editor.TinyMlContentAssistProcessor;
import dev.tinyforge.dsl.ui.internal.editor.TinyMlHover;
import dev.tinyforge.dsl.ui.internal.editor.TinyMlHyperlinkDetector;
import dev.tinyforge.dsl.ui.internal.outline.OutlineNode;
import dev.tinyforge.dsl.ui.markers.ProblemMarkers;
import dev.tinyforge.dsl.validation.IssueCodes;

/**
 * A .tinyml file opened in the workbench: its device comes from the file beside it, and its network needs more
 * SRAM than the device offers (c1's 96x96x32 output beside its input is 312 KiB of 256 KiB).
 */
class TinyMlEditorTest {

	private static final String BOARD = """
			device board "A Cortex-M7 board" {
				core cortex-m7
				flash 1 MB
				sram 320 KB reserve 64 KB
			}
			""";

	private static final String MODEL = """
			network tiny {
				input image 96x96x3 int8
				conv c1 filters 32 kernel 3x3 activation relu6
				conv c2 filters 8 kernel 3x3 stride 2
				globalavgpool pool
				dense out units 2
			}

			deploy tiny on board
			""";

	private IProject project;
	private IWorkbenchPage page;
	private IEditorPart editor;

	@BeforeEach
	void createProject() throws CoreException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
		project.create(null);
		project.open(null);
		Workbench.create(project, "board.tinyml", BOARD);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		if (editor != null) {
			page.closeEditor(editor, false);
		}
		project.delete(true, true, null);
	}

	private ITextViewer open(IFile file) throws CoreException {
		assertEquals(TinyMlUi.CONTENT_TYPE_ID, file.getContentDescription().getContentType().getId());
		editor = IDE.openEditor(page, file);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		assertNotNull(viewer, "the editor did not initialise; see the workspace log");
		return viewer;
	}

	@Test
	void contentAssistProposesTheDeviceOfTheFileBeside() throws CoreException {
		String text = MODEL.replace("deploy tiny on board", "deploy tiny on ");
		ITextViewer viewer = open(Workbench.create(project, "model.tinyml", text));

		Set<String> labels = Arrays.stream(new TinyMlContentAssistProcessor().computeCompletionProposals(viewer,
				text.lastIndexOf("on ") + 3)).map(p -> p.getDisplayString().split(" - ")[0]).collect(Collectors.toSet());

		assertTrue(labels.contains("board"), labels::toString);
	}

	@Test
	void anOverBudgetDeployIsMarkedAndItsQuickFixRemovesTheError() throws CoreException {
		IFile file = Workbench.create(project, "model.tinyml", MODEL);
		ITextViewer viewer = open(file);

		Workbench.waitUntil(20_000, () -> !sramOverflows(file).isEmpty(), () -> "no SRAM overflow marker");
		IMarker marker = sramOverflows(file).get(0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(MODEL.indexOf("tiny on"), marker.getAttribute(IMarker.CHAR_START, -1));

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertTrue(Arrays.stream(fixes).anyMatch(r -> r.getLabel().startsWith("Add a TinyNAS search block")));
		IMarkerResolution halve = Arrays.stream(fixes).filter(r -> r.getLabel().startsWith("Halve")).findFirst()
				.orElseThrow();
		halve.run(marker);

		String fixed = viewer.getDocument().get();
		assertTrue(fixed.contains("conv c1 filters 16") && fixed.contains("conv c2 filters 8"), fixed);
		Workbench.waitUntil(20_000, () -> sramOverflows(file).isEmpty(), () -> "the SRAM overflow is still marked");
		assertTrue(editor.isDirty(), "the fix is an unsaved edit in the open editor");
	}

	@Test
	void enablingPatchesIsOfferedFirstAndRemovesTheOverflow() throws CoreException {
		IFile file = Workbench.create(project, "model.tinyml", MODEL);
		ITextViewer viewer = open(file);
		Workbench.waitUntil(20_000, () -> !sramOverflows(file).isEmpty(), () -> "no SRAM overflow marker");

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(sramOverflows(file).get(0));
		assertEquals("Enable patch-based inference", fixes[0].getLabel());
		fixes[0].run(sramOverflows(file).get(0));

		assertTrue(viewer.getDocument().get().endsWith("deploy tiny on board {\n\tpatches auto\n}\n"),
				viewer.getDocument().get());
		Workbench.waitUntil(20_000, () -> sramOverflows(file).isEmpty(), () -> "the SRAM overflow is still marked");
	}

	@Test
	void patchesAreNotOfferedWhenTheirPlanDoesNotFitEither() throws CoreException {
		// c1's whole 160x160x16 output, which the pool reads, is 400 KiB: no patch plan brings it within 256 KiB
		String text = MODEL.replace("96x96x3", "160x160x3").replace(
				"\tconv c1 filters 32 kernel 3x3 activation relu6\n\tconv c2 filters 8 kernel 3x3 stride 2\n",
				"\tconv c1 filters 16 kernel 3x3 activation relu6\n");
		IFile file = Workbench.create(project, "model.tinyml", text);
		open(file);
		Workbench.waitUntil(20_000, () -> !sramOverflows(file).isEmpty(), () -> "no SRAM overflow marker");

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(sramOverflows(file).get(0));
		assertTrue(fixes.length > 0 && Arrays.stream(fixes).noneMatch(fix -> fix.getLabel().contains("patch")),
				() -> Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList().toString());
	}

	@Test
	void namesAreColoredAndALayerHoverShowsItsCosts() throws CoreException {
		ITextViewer viewer = open(Workbench.create(project, "model.tinyml", MODEL));

		Workbench.waitUntil(5_000, () -> {
			StyleRange keyword = viewer.getTextWidget().getStyleRangeAtOffset(MODEL.indexOf("network"));
			return keyword != null && (keyword.fontStyle & SWT.BOLD) != 0;
		}, () -> "the keyword 'network' is not bold");
		StyleRange device = viewer.getTextWidget().getStyleRangeAtOffset(MODEL.indexOf("board"));
		assertTrue(device != null && (device.fontStyle & SWT.ITALIC) != 0, "a reference is italic: " + device);

		String hover = TinyMlHover.describe(DocumentFiles.parse(viewer.getDocument()), MODEL.indexOf("c1"));
		// 96x96 outputs x 32 filters x 3x3x3 taps; 32 x (27 + 1 bias) parameters
		assertTrue(hover.contains("96x96x32") && hover.contains(String.format("%,d MACs", 96 * 96 * 32 * 27)), hover);
		assertTrue(hover.contains("live SRAM") && hover.contains("peak"), hover);
	}

	@Test
	void theOutlineListsTheElementsAndSelectsTheirNames() throws CoreException {
		ITextViewer viewer = open(Workbench.create(project, "model.tinyml", MODEL));
		assertNotNull(editor.getAdapter(IContentOutlinePage.class), "the Outline view gets a page");

		List<OutlineNode> nodes = OutlineNode.of(DocumentFiles.parse(viewer.getDocument()));

		assertEquals("[network tiny, deploy tiny on board]", nodes.toString());
		assertEquals("[conv c1, conv c2, globalavgpool pool, dense out]", nodes.get(0).children().toString());
		OutlineNode c2 = nodes.get(0).children().get(1);
		assertEquals("c2", MODEL.substring(c2.offset(), c2.offset() + c2.length()));
	}

	@Test
	void aReferenceLinksToItsDeclarationInTheFileBeside() throws CoreException {
		ITextViewer viewer = open(Workbench.create(project, "model.tinyml", MODEL));
		int board = MODEL.indexOf("board");

		IHyperlink[] links = new TinyMlHyperlinkDetector().detectHyperlinks(viewer, new Region(board + 2, 0), false);

		assertEquals(1, links.length);
		assertEquals(board, links[0].getHyperlinkRegion().getOffset());
		links[0].open();
		ITextEditor declaring = (ITextEditor) page.getActiveEditor();
		assertEquals("board.tinyml", declaring.getEditorInput().getName());
		assertEquals("board", ((ITextSelection) declaring.getSelectionProvider().getSelection()).getText());
		page.closeEditor(declaring, false);
	}

	@Test
	void theFormatCommandLaysTheFileOut() throws Exception {
		ITextViewer viewer = open(Workbench.create(project, "model.tinyml", MODEL.replace("\tconv c2", "  conv   c2")));

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("dev.tinyforge.dsl.ui.format", null);

		assertEquals(MODEL, viewer.getDocument().get());
	}

	private static List<IMarker> sramOverflows(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> IssueCodes.SRAM_OVERFLOW.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, null)))
					.toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
