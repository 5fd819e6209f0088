package dev.tinyforge.ui.internal.views;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
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

import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.ChartCanvas;
import dev.tinyforge.ui.chart.MemoryChart;
import dev.tinyforge.ui.chart.MemoryChartData;
import dev.tinyforge.ui.chart.TrainingChart;
import dev.tinyforge.ui.chart.TrainingChartData;

/**
 * Window > Show View > TinyForge > Memory per Layer: the chart of the .tinyml editor last active, redrawn a moment
 * after each change to its text, in one of two modes: inference (the deployed network's memory per layer) or
 * training (the memory of fine-tuning it as the train block at the caret, or the file's first, says, and the schemes
 * compared). Clicking a bar selects the layer it belongs to in the editor.
 */
public class MemoryChartView extends ViewPart {

	public static final String ID = "dev.tinyforge.ui.memoryChart";

	private static final int REFRESH_DELAY_MILLIS = 400;

	/** What the view shows. */
	public enum Mode {
		INFERENCE, TRAINING
	}

	private StackLayout stack;
	private MemoryChart chart;
	private TrainingChart trainingChart;
	private Mode mode = Mode.INFERENCE;
	private final Map<Mode, IAction> modeActions = new EnumMap<>(Mode.class);
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
	/** In training mode the chart shows the train block the caret is in. */
	private final ISelectionChangedListener caretMoves = event -> {
		if (mode == Mode.TRAINING) {
			scheduleRefresh();
		}
	};
	private final TrainingChartInputs trainingInputs = new TrainingChartInputs();
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
		stack = new StackLayout();
		parent.setLayout(stack);
		chart = new MemoryChart(parent);
		chart.addSelectionListener(step -> selectInEditor(step.layer()));
		trainingChart = new TrainingChart(parent);
		trainingChart.addSelectionListener(bar -> selectInEditor(bar.layer()));
		stack.topControl = chart;
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(modeAction("Inference", Mode.INFERENCE));
		toolBar.add(modeAction("Training", Mode.TRAINING));
		toolBar.add(new Action("Export as PNG...") {
			@Override
			public void run() {
				exportPng();
			}
		});
		getSite().getPage().addPartListener(editors);
		follow(getSite().getPage().getActiveEditor());
	}

	private IAction modeAction(String text, Mode shows) {
		IAction action = new Action(text, IAction.AS_RADIO_BUTTON) {
			@Override
			public void run() {
				if (isChecked()) {
					setMode(shows);
				}
			}
		};
		action.setChecked(shows == mode);
		modeActions.put(shows, action);
		return action;
	}

	public MemoryChart getChart() {
		return chart;
	}

	public TrainingChart getTrainingChart() {
		return trainingChart;
	}

	public Mode getMode() {
		return mode;
	}

	/** Shows the chart of the mode, computed from the editor's current text. */
	public void setMode(Mode mode) {
		this.mode = mode;
		modeActions.forEach((shows, action) -> action.setChecked(shows == mode));
		stack.topControl = visibleChart();
		chart.getParent().layout();
		refresh();
	}

	private ChartCanvas<?, ?> visibleChart() {
		return mode == Mode.INFERENCE ? chart : trainingChart;
	}

	/** Shows the chart of {@code part} if it edits a .tinyml file; other editors leave the chart as it is. */
	void follow(IEditorPart part) {
		ITextEditor next = part instanceof ITextEditor text && fileOf(text) != null ? text : null;
		if (next == null && part != null) {
			return;
		}
		if (document != null) {
			document.removeDocumentListener(changes);
			caretsOf(editor).removePostSelectionChangedListener(caretMoves);
		}
		editor = next;
		document = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
		if (document != null) {
			document.addDocumentListener(changes);
			caretsOf(editor).addPostSelectionChangedListener(caretMoves);
		}
		refresh();
	}

	/** A text editor's selection provider reports the caret once it rests. */
	private static IPostSelectionProvider caretsOf(ITextEditor editor) {
		return (IPostSelectionProvider) editor.getSelectionProvider();
	}

	private void scheduleRefresh() {
		chart.getDisplay().timerExec(REFRESH_DELAY_MILLIS, refresh);
	}

	/** Recomputes the visible chart from the editor's current text; the other waits until it is shown. */
	public void refresh() {
		if (chart.isDisposed()) {
			return;
		}
		if (document == null) {
			chart.setData(MemoryChartData.EMPTY);
			trainingChart.setData(TrainingChartData.EMPTY);
			setContentDescription("");
			return;
		}
		if (mode == Mode.INFERENCE) {
			chart.setData(ChartInputs.of(parse()));
		} else {
			int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
			trainingChart.setData(trainingInputs.of(parse(), document.get(), caret));
		}
		setContentDescription(fileOf(editor).getName());
	}

	private XtextResource parse() {
		return TinyMlUi.parse(document.get(), fileOf(editor));
	}

	private void selectInEditor(String layerName) {
		if (editor == null) {
			return;
		}
		XtextResource resource = parse();
		resource.getAllContents().forEachRemaining(element -> {
			if (element instanceof Layer layer && layerName.equals(layer.getName())) {
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
		dialog.setFileName(mode == Mode.INFERENCE ? "memory.png" : "training-memory.png");
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path != null) {
			visibleChart().exportPng(path);
		}
	}

	private static IFile fileOf(ITextEditor editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file != null && TinyMlUi.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}

	@Override
	public void setFocus() {
		visibleChart().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (document != null) {
			document.removeDocumentListener(changes);
			caretsOf(editor).removePostSelectionChangedListener(caretMoves);
		}
		super.dispose();
	}
}
