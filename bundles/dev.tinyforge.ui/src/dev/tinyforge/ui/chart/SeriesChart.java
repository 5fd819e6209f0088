package dev.tinyforge.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A single-panel chart of one series per device, redrawn whole on every change: a title, a legend of the devices
 * in their {@link Axes#series colors}, and the plot below them.
 */
abstract class SeriesChart extends Canvas {

	SeriesChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> {
			event.gc.setAntialias(SWT.ON);
			event.gc.setTextAntialias(SWT.ON);
			event.gc.setForeground(Axes.color(Axes.BLACK));
			paint(event.gc, getClientArea());
		});
		addListener(SWT.Resize, event -> redraw());
	}

	abstract void paint(GC gc, Rectangle area);

	/** The title, and a hint in its place while there is nothing to plot. */
	static void drawTitle(GC gc, String title, String hint) {
		gc.drawText(title, 10, 6, true);
		if (hint != null) {
			gc.drawText(hint, 10, 28, true);
		}
	}

	/** The devices' legend under the title. */
	static void drawLegend(GC gc, List<String> devices) {
		List<Axes.Entry> entries = new ArrayList<>();
		for (int i = 0; i < devices.size(); i++) {
			entries.add(new Axes.Entry(devices.get(i), Axes.series(i)));
		}
		Axes.drawLegend(gc, 10, 26, entries);
	}
}
