package dev.tinyforge.ui.chart;

import java.util.List;
import java.util.function.DoubleFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * What all charts draw alike on a GC: value axes with their grid and tick labels, dashed level lines (a device's
 * limit), legends, the colors of a chart's series, lines and dots, and the bar charts' stacked bars, peak and step
 * numbers.
 */
final class ChartPainter {

	static final RGB BLACK = new RGB(0, 0, 0);
	static final RGB PEAK = new RGB(200, 0, 0);
	private static final RGB GRID = new RGB(225, 225, 225);
	private static final RGB TEXT = new RGB(60, 60, 60);
	private static final RGB[] SERIES = { new RGB(31, 119, 180), new RGB(214, 39, 40), new RGB(44, 160, 44),
			new RGB(148, 103, 189), new RGB(255, 127, 14), new RGB(23, 190, 207) };

	/** Tick labels of a byte axis. */
	static final DoubleFunction<String> BYTES = bytes -> ByteText.brief(Math.round(bytes));

	private final GC gc;

	ChartPainter(GC gc) {
		this.gc = gc;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	/** The color of a chart's series {@code index}, e.g. of its n-th device. */
	static RGB series(int index) {
		return SERIES[index % SERIES.length];
	}

	/** The pixel row of {@code value} in a plot whose vertical axis has {@code scale}. */
	static int y(Rectangle plot, NiceScale scale, double value) {
		return plot.y + plot.height - scale.pixels(value, plot.height);
	}

	/** The pixel column of {@code value} in a plot whose horizontal axis has {@code scale}. */
	static int x(Rectangle plot, NiceScale scale, double value) {
		return plot.x + scale.pixels(value, plot.width);
	}

	void text(String text, int x, int y, RGB rgb) {
		gc.setForeground(color(rgb));
		gc.drawText(text, x, y, true);
	}

	Point extent(String text) {
		return gc.textExtent(text);
	}

	/** The left axis: a grid line and a label at every tick, the axis lines, and its name above it. */
	void verticalAxis(Rectangle plot, NiceScale scale, DoubleFunction<String> labels, String name) {
		gc.setLineWidth(1);
		for (int tick = 0; tick <= scale.tickCount(); tick++) {
			int y = y(plot, scale, scale.tick(tick));
			gc.setForeground(color(GRID));
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			String label = labels.apply(scale.tick(tick));
			Point extent = gc.textExtent(label);
			text(label, plot.x - extent.x - 6, y - extent.y / 2, TEXT);
		}
		frame(plot);
		Point extent = gc.textExtent(name);
		text(name, Math.max(2, plot.x - extent.x - 6), plot.y - extent.y - 4, BLACK);
	}

	/** The bottom axis: a grid line and a label at every tick, the axis lines, and its name at its right end. */
	void horizontalAxis(Rectangle plot, NiceScale scale, DoubleFunction<String> labels, String name) {
		gc.setLineWidth(1);
		int bottom = plot.y + plot.height;
		int nameWidth = gc.textExtent(name).x;
		for (int tick = 0; tick <= scale.tickCount(); tick++) {
			int x = x(plot, scale, scale.tick(tick));
			gc.setForeground(color(GRID));
			gc.drawLine(x, plot.y, x, bottom);
			String label = labels.apply(scale.tick(tick));
			Point extent = gc.textExtent(label);
			int left = x - extent.x / 2;
			if (left + extent.x < plot.x + plot.width - nameWidth - 8) { // the axis' name keeps its place
				text(label, left, bottom + 4, TEXT);
			}
		}
		frame(plot);
		Point extent = gc.textExtent(name);
		text(name, plot.x + plot.width - extent.x, bottom + 4, BLACK);
	}

	private void frame(Rectangle plot) {
		gc.setForeground(color(BLACK));
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
	}

	/** A dashed line across the plot at {@code value}, labelled at its right end above or below it. */
	void level(Rectangle plot, NiceScale scale, double value, RGB rgb, String label, boolean above) {
		int y = y(plot, scale, value);
		gc.setForeground(color(rgb));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawLine(plot.x, y, plot.x + plot.width, y);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		Point extent = gc.textExtent(label);
		text(label, plot.x + plot.width - extent.x - 4, above ? y - extent.y - 1 : y + 2, rgb);
	}

	/** Color boxes with their names from {@code x}; returns where the next entry goes. */
	int legend(List<LegendEntry> entries, int x, int y) {
		for (LegendEntry entry : entries) {
			fill(new Rectangle(x, y + 3, 10, 10), entry.rgb());
			x = legendText(entry.label(), x, y, BLACK);
		}
		return x;
	}

	/** The legend entry of the peak's outline; returns where the next entry goes. */
	int legendPeakBox(int x, int y) {
		gc.setForeground(color(PEAK));
		gc.drawRectangle(x, y + 3, 10, 10);
		return legendText("peak", x, y, PEAK);
	}

	/** The legend entry of a line; returns where the next entry goes. */
	int legendLine(String label, RGB rgb, int x, int y) {
		polyline(new int[] { x, y + 8, x + 10, y + 8 }, rgb);
		return legendText(label, x, y, rgb);
	}

	private int legendText(String label, int x, int y, RGB rgb) {
		text(label, x + 14, y, rgb);
		return x + 14 + gc.textExtent(label).x + 14;
	}

	/** A line two pixels wide through {@code points} (x, y, x, y, ...); a single point is drawn as a point. */
	void polyline(int[] points, RGB rgb) {
		gc.setForeground(color(rgb));
		gc.setLineWidth(2);
		if (points.length == 2) {
			gc.drawPoint(points[0], points[1]);
		} else {
			gc.drawPolyline(points);
		}
		gc.setLineWidth(1);
	}

	/** A line through the middles of the bars' slots at their {@code values}. */
	void polyline(Rectangle plot, NiceScale scale, ChartLayout layout, long[] values, RGB rgb) {
		int[] points = new int[2 * values.length];
		for (int i = 0; i < values.length; i++) {
			Rectangle slot = layout.barSlot(i);
			points[2 * i] = slot.x + slot.width / 2;
			points[2 * i + 1] = y(plot, scale, values[i]);
		}
		polyline(points, rgb);
	}

	/** A filled circle around {@code (x, y)}, outlined in {@code outline} unless that is null. */
	void dot(int x, int y, int radius, RGB fill, RGB outline) {
		gc.setBackground(color(fill));
		gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
		if (outline != null) {
			gc.setForeground(color(outline));
			gc.drawOval(x - radius, y - radius, 2 * radius, 2 * radius);
		}
	}

	/** A vertical bar of {@code parts[i]} in the color of {@code colors[i]}, bottom up; returns its top. */
	int stackedBar(Rectangle plot, NiceScale scale, Rectangle slot, List<LegendEntry> colors, long[] parts) {
		int base = plot.y + plot.height;
		int bottom = base;
		int[] ends = scale.stackEnds(parts, plot.height);
		for (int i = 0; i < parts.length; i++) {
			fill(new Rectangle(slot.x, base - ends[i], slot.width, bottom - (base - ends[i])), colors.get(i).rgb());
			bottom = base - ends[i];
		}
		return bottom;
	}

	/**
	 * A horizontal bar from {@code x}, {@code length} pixels for the scale's top, in the band of {@code y} to
	 * {@code y + thickness}; returns its right end.
	 */
	int horizontalStackedBar(int x, int length, int y, int thickness, NiceScale scale, List<LegendEntry> colors,
			long[] parts) {
		int left = x;
		int[] ends = scale.stackEnds(parts, length);
		for (int i = 0; i < parts.length; i++) {
			fill(new Rectangle(left, y, x + ends[i] - left, thickness), colors.get(i).rgb());
			left = x + ends[i];
		}
		return left;
	}

	/** A solid vertical line. */
	void tick(int x, int top, int bottom, RGB rgb) {
		polyline(new int[] { x, top, x, bottom }, rgb);
	}

	/** The peak's red outline around a bar from {@code top} to the plot's base, with its label above it. */
	void peak(Rectangle plot, Rectangle slot, int top, String label) {
		int base = plot.y + plot.height;
		gc.setForeground(color(PEAK));
		gc.setLineWidth(2);
		gc.drawRectangle(slot.x - 1, top - 1, slot.width + 1, base - top + 1);
		gc.setLineWidth(1);
		Point extent = gc.textExtent(label);
		int x = Math.min(Math.max(plot.x, slot.x + slot.width / 2 - extent.x / 2), plot.x + plot.width - extent.x);
		text(label, x, Math.max(plot.y, top - extent.y - 2), PEAK);
	}

	/** Step numbers from {@code y} down, as many as fit without overlapping. */
	void stepLabels(ChartLayout layout, int y) {
		int every = 1;
		int slotWidth = layout.barSlot(1).x - layout.barSlot(0).x;
		int labelWidth = gc.textExtent(Integer.toString(layout.bars())).x + 6;
		while (every * Math.max(1, slotWidth) < labelWidth) {
			every *= 2;
		}
		for (int i = 0; i < layout.bars(); i += every) {
			Rectangle slot = layout.barSlot(i);
			String label = Integer.toString(i);
			text(label, slot.x + slot.width / 2 - gc.textExtent(label).x / 2, y, TEXT);
		}
	}

	void fill(Rectangle area, RGB rgb) {
		gc.setBackground(color(rgb));
		gc.fillRectangle(area);
	}

	/** A color made from an RGB alone holds no OS resource in current SWT, so it needs no disposing. */
	private static Color color(RGB rgb) {
		return new Color(rgb);
	}
}
