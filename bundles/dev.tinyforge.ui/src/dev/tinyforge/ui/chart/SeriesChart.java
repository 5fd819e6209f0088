package dev.tinyforge.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A single-panel chart of one series per device, redrawn whole on every change: a title, a legend of the devices
 * in their {@link ChartPainter#series colors}, and the plot below them.
 */
abstract class SeriesChart extends Canvas {

	SeriesChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> paint(new ChartPainter(event.gc), getClientArea()));
		addListener(SWT.Resize, event -> redraw());
	}

	abstract void paint(ChartPainter painter, Rectangle area);

	/** The title, and a hint in its place while there is nothing to plot. */
	static void drawTitle(ChartPainter painter, String title, String hint) {
		painter.text(title, 10, 6, ChartPainter.BLACK);
		if (hint != null) {
			painter.text(hint, 10, 28, ChartPainter.BLACK);
		}
	}

	/** The devices' legend under the title. */
	static void drawLegend(ChartPainter painter, List<String> devices) {
		List<LegendEntry> entries = new ArrayList<>();
		for (int i = 0; i < devices.size(); i++) {
			entries.add(new LegendEntry(devices.get(i), ChartPainter.series(i)));
		}
		painter.legend(entries, 10, 26);
	}
}
