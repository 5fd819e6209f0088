package dev.tinyforge.ui.chart;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
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
	void paint(ChartPainter painter, Rectangle area) {
		long macs = 0;
		long bytes = 0;
		for (ParetoSeries device : series) {
			bytes = Math.max(bytes, device.sramLimitBytes());
			for (ParetoSeries.Point point : device.front()) {
				macs = Math.max(macs, point.macs());
				bytes = Math.max(bytes, point.sramBytes());
			}
		}
		drawTitle(painter, "Pareto front: MACs against peak SRAM",
				macs == 0 ? "Each device's front appears when its search ends" : null);
		if (macs == 0) {
			return;
		}
		drawLegend(painter, series.stream().map(ParetoSeries::device).toList());
		Rectangle plot = PlotArea.of(area);
		NiceScale x = NiceScale.of(macs, 5);
		NiceScale y = NiceScale.ofBytes(bytes, 4);
		painter.verticalAxis(plot, y, ChartPainter.BYTES, "peak SRAM");
		painter.horizontalAxis(plot, x, NumberText::brief, "MACs");
		for (int i = 0; i < series.size(); i++) {
			ParetoSeries device = series.get(i);
			RGB rgb = ChartPainter.series(i);
			painter.level(plot, y, device.sramLimitBytes(), rgb,
					device.device() + " limit " + ByteText.brief(device.sramLimitBytes()), true);
			for (ParetoSeries.Point point : device.front()) {
				painter.dot(ChartPainter.x(plot, x, point.macs()), ChartPainter.y(plot, y, point.sramBytes()), RADIUS,
						rgb, null);
			}
			if (!device.front().isEmpty()) {
				ParetoSeries.Point best = device.front().get(0);
				painter.dot(ChartPainter.x(plot, x, best.macs()), ChartPainter.y(plot, y, best.sramBytes()),
						RADIUS + 2, rgb, ChartPainter.BLACK);
			}
		}
	}
}
