package dev.tinyforge.ui.internal.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.dsl.analysis.OperatorStep;
import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.MemoryChart;

/**
 * Window > Show View > TinyForge > Memory per Layer: the chart of the .tinyml editor last active, redrawn a moment
 * after each change to its text. Clicking a bar selects the layer it belongs to in the editor.
 */
public class MemoryChartView extends ViewPart {

	public static final String ID = "dev.tinyforge.ui.memoryChart";

	private static final int REFRESH_DELAY_MILLIS = 400;

	private MemoryChart chart;
	private ITextEditor editor;
	private IDocument document;
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the change itself matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			scheduleRefresh();
		}
	};
	private final Runnable refresh = this::refresh;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart part) {
				follow(part);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		chart = new MemoryChart(parent);
		chart.addSelectionListener(this::selectInEditor);
		getViewSite().getActionBars().getToolBarManager().add(new Action("Export as PNG...") {
			@Override
			public void run() {
				exportPng();
			}
		});
		getSite().getPage().addPartListener(editors);
		follow(getSite().getPage().getActiveEditor());
	}

	public MemoryChart getChart() {
		return chart;
	}

	/** Shows the chart of {@code part} if it edits a .tinyml file; other editors leave the chart as it is. */
	void follow(IEditorPart part) {
		ITextEditor next = part instanceof ITextEditor text && fileOf(text) != null ? text : null;
		if (next == null && part != null) {
			return;
		}
		if (document != null) {
			document.removeDocumentListener(changes);
		}
		editor = next;
		document = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
		if (document != null) {
			document.addDocumentListener(changes);
		}
		refresh();
	}

	private void scheduleRefresh() {
		chart.getDisplay().timerExec(REFRESH_DELAY_MILLIS, refresh);
	}

	/** Recomputes the chart from the editor's current text. */
	public void refresh() {
		if (chart.isDisposed()) {
			return;
		}
		if (document == null) {
			chart.setData(dev.tinyforge.ui.chart.MemoryChartData.EMPTY);
			setContentDescription("");
			return;
		}
		chart.setData(ChartInputs.of(parse()));
		setContentDescription(fileOf(editor).getName());
	}

	private XtextResource parse() {
		return TinyMlUi.parse(document.get(), fileOf(editor));
	}

	private void selectInEditor(OperatorStep step) {
		if (editor == null) {
			return;
		}
		XtextResource resource = parse();
		resource.getAllContents().forEachRemaining(element -> {
			if (element instanceof Layer layer && step.layer().equals(layer.getName())) {
				for (INode name : NodeModelUtils.findNodesForFeature(layer, TinyMlPackage.Literals.NODE__NAME)) {
					editor.selectAndReveal(name.getOffset(), name.getLength());
					getSite().getPage().activate(editor);
				}
			}
		});
	}

	private void exportPng() {
		FileDialog dialog = new FileDialog(chart.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.png" });
		dialog.setFileName("memory.png");
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path != null) {
			chart.exportPng(path);
		}
	}

	private static IFile fileOf(ITextEditor editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file != null && TinyMlUi.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (document != null) {
			document.removeDocumentListener(changes);
		}
		super.dispose();
	}
}
