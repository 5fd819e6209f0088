package dev.tinyforge.ui.chart;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Per device, the subnets of a search's Pareto front as MACs against peak SRAM, under the device's SRAM limit as a
 * dashed line of the device's color; each device's winner is drawn larger and outlined.
 */
public class ParetoScatter extends Canvas {

	private static final int RADIUS = 4;

	private List<ParetoSeries> series = List.of();

	public ParetoScatter(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> paint(event.gc, getClientArea()));
		addListener(SWT.Resize, event -> redraw());
	}

	public void setSeries(List<ParetoSeries> series) {
		checkWidget();
		this.series = List.copyOf(series);
		redraw();
	}

	public List<ParetoSeries> getSeries() {
		return series;
	}

	private void paint(GC gc, Rectangle area) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setForeground(Axes.color(Axes.BLACK));
		gc.drawText("Pareto front: MACs against peak SRAM", 10, 6, true);
		long macs = 0;
		long bytes = 0;
		for (ParetoSeries device : series) {
			bytes = Math.max(bytes, device.sramLimitBytes());
			for (ParetoSeries.Point point : device.front()) {
				macs = Math.max(macs, point.macs());
				bytes = Math.max(bytes, point.sramBytes());
			}
		}
		if (macs == 0) {
			gc.drawText("Each device's front appears when its search ends", 10, 28, true);
			return;
		}
		List<Axes.Entry> legend = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			legend.add(new Axes.Entry(series.get(i).device(), Axes.series(i)));
		}
		Axes.drawLegend(gc, 10, 26, legend);
		Rectangle plot = PlotArea.of(area);
		NiceScale x = NiceScale.of(macs, 5);
		NiceScale y = NiceScale.ofBytes(bytes, 4);
		Axes.drawVertical(gc, plot, y, value -> ByteText.brief(Math.round(value)), "peak SRAM");
		Axes.drawHorizontal(gc, plot, x, NumberText::brief, "MACs");
		for (int i = 0; i < series.size(); i++) {
			ParetoSeries device = series.get(i);
			Axes.drawLevel(gc, plot, y, device.sramLimitBytes(), Axes.series(i),
					device.device() + " limit " + ByteText.brief(device.sramLimitBytes()), true);
			gc.setBackground(Axes.color(Axes.series(i)));
			for (ParetoSeries.Point point : device.front()) {
				gc.fillOval(Axes.x(plot, x, point.macs()) - RADIUS, Axes.y(plot, y, point.sramBytes()) - RADIUS,
						2 * RADIUS, 2 * RADIUS);
			}
			if (!device.front().isEmpty()) {
				ParetoSeries.Point best = device.front().get(0);
				int r = RADIUS + 2;
				int cx = Axes.x(plot, x, best.macs());
				int cy = Axes.y(plot, y, best.sramBytes());
				gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
				gc.setForeground(Axes.color(Axes.BLACK));
				gc.drawOval(cx - r, cy - r, 2 * r, 2 * r);
			}
		}
	}
}
