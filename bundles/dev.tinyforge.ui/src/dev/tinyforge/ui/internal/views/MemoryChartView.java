package dev.tinyforge.ui.internal.views;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage;
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

	/** What the view shows. */
	public enum Mode {
		INFERENCE, TRAINING
	}

	private StackLayout stack;
	private MemoryChart chart;
	private TrainingChart trainingChart;
	private Mode mode = Mode.INFERENCE;
	private final Map<Mode, IAction> modeActions = new EnumMap<>(Mode.class);
	private final TrainingChartInputs trainingInputs = new TrainingChartInputs();
	private TinyMlEditorTracker editor;

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
		editor = new TinyMlEditorTracker(getSite().getPage(), chart.getDisplay(), this::refresh);
		editor.followCaret(() -> mode == Mode.TRAINING); // it charts the train block the caret is in
		editor.start();
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

	/** Recomputes the visible chart from the editor's current text; the other waits until it is shown. */
	public void refresh() {
		if (chart.isDisposed()) {
			return;
		}
		if (editor.document() == null) {
			chart.setData(MemoryChartData.EMPTY);
			trainingChart.setData(TrainingChartData.EMPTY);
			setContentDescription("");
			return;
		}
		if (mode == Mode.INFERENCE) {
			chart.setData(ChartInputs.of(editor.parse()));
		} else {
			trainingChart.setData(trainingInputs.of(editor.parse(), editor.document().get(), editor.caret()));
		}
		setContentDescription(editor.file().getName());
	}

	private void selectInEditor(String layerName) {
		if (editor.editor() == null) {
			return;
		}
		editor.parse().getAllContents().forEachRemaining(element -> {
			if (element instanceof Layer layer && layerName.equals(layer.getName())) {
				for (INode name : NodeModelUtils.findNodesForFeature(layer, TinyMlPackage.Literals.NODE__NAME)) {
					editor.editor().selectAndReveal(name.getOffset(), name.getLength());
					getSite().getPage().activate(editor.editor());
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

	@Override
	public void setFocus() {
		visibleChart().setFocus();
	}

	@Override
	public void dispose() {
		if (editor != null) {
			editor.dispose();
		}
		super.dispose();
	}
}
