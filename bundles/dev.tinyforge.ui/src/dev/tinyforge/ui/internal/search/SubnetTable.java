package dev.tinyforge.ui.internal.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.ui.chart.ByteText;
import dev.tinyforge.ui.chart.NumberText;

/** The subnets a search found, one row per member of each device's Pareto front, the winner first. */
public final class SubnetTable {

	private final TableViewer viewer;

	public SubnetTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("device", 90, SubnetRow::device);
		column("network", 170, SubnetRow::networkName);
		column("score", 80, row -> NumberText.brief(row.candidate().score()));
		column("width", 55, row -> String.format(Locale.ROOT, "%.2f", row.candidate().subnet().width()));
		column("resolution", 85, row -> Integer.toString(row.candidate().subnet().resolution()));
		column("MACs", 110, row -> String.format(Locale.ROOT, "%,d", metrics(row).macs()));
		column("peak SRAM", 95, row -> ByteText.brief(metrics(row).sramBytes()));
		column("Flash", 85, row -> ByteText.brief(metrics(row).flashBytes()));
		column("latency", 75, row -> Double.isNaN(metrics(row).latencyMs()) ? "-"
				: String.format(Locale.ROOT, "%.1f ms", metrics(row).latencyMs()));
		column("patches", 110, row -> patches(metrics(row).patches()));
		viewer.setInput(List.of());
	}

	public TableViewer viewer() {
		return viewer;
	}

	public void setRows(List<SubnetRow> rows) {
		viewer.setInput(List.copyOf(rows));
	}

	/** The selected row, null for none. */
	public SubnetRow selected() {
		return (SubnetRow) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	private void column(String title, int width, Function<SubnetRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SubnetRow) element);
			}
		});
	}

	private static Metrics metrics(SubnetRow row) {
		return row.candidate().metrics();
	}

	private static String patches(PatchPlan plan) {
		return plan == null ? "-" : plan.rows() + "x" + plan.columns() + " until #" + plan.splitOp();
	}
}
