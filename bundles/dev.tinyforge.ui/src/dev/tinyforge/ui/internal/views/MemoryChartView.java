package dev.tinyforge.ui.internal.views;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.tinyforge.dsl.analysis.OperatorStep;
import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage;
import dev.tinyforge.ui.chart.MemoryChart;
import dev.tinyforge.ui.chart.MemoryChartData;

/**
 * Window > Show View > TinyForge > Memory per Layer: the chart of the .tinyml editor last active, redrawn a moment
 * after each change to its text. Clicking a bar selects the layer it belongs to in the editor.
 */
public class MemoryChartView extends ViewPart {

	public static final String ID = "dev.tinyforge.ui.memoryChart";

	private MemoryChart chart;
	private TinyMlEditorTracker editor;

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
		editor = new TinyMlEditorTracker(getSite().getPage(), chart.getDisplay(), this::refresh);
		editor.start();
	}

	public MemoryChart getChart() {
		return chart;
	}

	/** Recomputes the chart from the editor's current text. */
	public void refresh() {
		if (chart.isDisposed()) {
			return;
		}
		if (editor.document() == null) {
			chart.setData(MemoryChartData.EMPTY);
			setContentDescription("");
			return;
		}
		chart.setData(ChartInputs.of(editor.parse()));
		setContentDescription(editor.file().getName());
	}

	private void selectInEditor(OperatorStep step) {
		if (editor.editor() == null) {
			return;
		}
		editor.parse().getAllContents().forEachRemaining(element -> {
			if (element instanceof Layer layer && step.layer().equals(layer.getName())) {
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
		dialog.setFileName("memory.png");
		dialog.setOverwrite(true);
		String path = dialog.open();
		if (path != null) {
			chart.exportPng(path);
		}
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}

	@Override
	public void dispose() {
		if (editor != null) {
			editor.dispose();
		}
		super.dispose();
	}
}
