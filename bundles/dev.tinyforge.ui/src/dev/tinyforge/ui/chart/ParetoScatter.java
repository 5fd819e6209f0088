package dev.tinyforge.ui.chart;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * Per device, the subnets of a search's Pareto front as MACs against peak SRAM, under the device's SRAM limit as a
 * dashed line of the device's color; each device's winner is drawn larger and outlined.
 */
public class ParetoScatter extends SeriesChart {

	private static final int RADIUS = 4;

	private List<ParetoSeries> series = List.of();

	public ParetoScatter(Composite parent) {
		super(parent);
	}

	public void setSeries(List<ParetoSeries> series) {
		checkWidget();
		this.series = List.copyOf(series);
		redraw();
	}

	public List<ParetoSeries> getSeries() {
		return series;
	}

	@Override
	void paint(GC gc, Rectangle area) {
		long macs = 0;
		long bytes = 0;
		for (ParetoSeries device : series) {
			bytes = Math.max(bytes, device.sramLimitBytes());
			for (ParetoSeries.Point point : device.front()) {
				macs = Math.max(macs, point.macs());
				bytes = Math.max(bytes, point.sramBytes());
			}
		}
		drawTitle(gc, "Pareto front: MACs against peak SRAM",
				macs == 0 ? "Each device's front appears when its search ends" : null);
		if (macs == 0) {
			return;
		}
		drawLegend(gc, series.stream().map(ParetoSeries::device).toList());
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
