package dev.tinyforge.ui.chart;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/** What the charts draw alike on a GC: byte axes, dashed limit lines, legends, stacked bars and step numbers. */
final class ChartPainter {

	static final RGB BLACK = new RGB(0, 0, 0);
	static final RGB PEAK = new RGB(200, 0, 0);
	private static final RGB GRID = new RGB(225, 225, 225);
	private static final RGB TEXT = new RGB(60, 60, 60);

	private final GC gc;

	ChartPainter(GC gc) {
		this.gc = gc;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	void text(String text, int x, int y, RGB rgb) {
		gc.setForeground(color(rgb));
		gc.drawText(text, x, y, true);
	}

	Point extent(String text) {
		return gc.textExtent(text);
	}

	/** Grid lines on round byte values, their labels left of the plot, and the axis' name above them. */
	void axis(Rectangle plot, NiceScale scale, String name) {
		gc.setLineWidth(1);
		for (int tick = 0; tick <= scale.tickCount(); tick++) {
			long value = tick * scale.step();
			int y = plot.y + plot.height - scale.pixels(value, plot.height);
			gc.setForeground(color(GRID));
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			String label = ByteText.brief(value);
			Point extent = gc.textExtent(label);
			text(label, plot.x - extent.x - 6, y - extent.y / 2, TEXT);
		}
		gc.setForeground(color(BLACK));
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
		Point extent = gc.textExtent(name);
		text(name, Math.max(2, plot.x - extent.x - 6), plot.y - extent.y - 4, BLACK);
	}

	/** A dashed line across the plot at {@code bytes}, labelled at its right end above or below it. */
	void line(Rectangle plot, NiceScale scale, long bytes, RGB rgb, String label, boolean above) {
		int y = plot.y + plot.height - scale.pixels(bytes, plot.height);
		gc.setForeground(color(rgb));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawLine(plot.x, y, plot.x + plot.width, y);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		Point extent = gc.textExtent(label);
		text(label, plot.x + plot.width - extent.x - 4, above ? y - extent.y - 1 : y + 2, rgb);
	}

	/** Color boxes with the parts' names from {@code x}; returns where the next entry goes. */
	int legend(List<? extends BarPart> parts, int x, int y) {
		for (BarPart part : parts) {
			gc.setBackground(color(part.rgb()));
			gc.fillRectangle(x, y + 3, 10, 10);
			x = legendText(part.label(), x, y, BLACK);
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
		gc.setForeground(color(rgb));
		gc.setLineWidth(2);
		gc.drawLine(x, y + 8, x + 10, y + 8);
		gc.setLineWidth(1);
		return legendText(label, x, y, rgb);
	}

	private int legendText(String label, int x, int y, RGB rgb) {
		text(label, x + 14, y, rgb);
		return x + 14 + gc.textExtent(label).x + 14;
	}

	/** A line through the middles of the bars' slots at their {@code values}. */
	void polyline(Rectangle plot, NiceScale scale, ChartLayout layout, long[] values, RGB rgb) {
		int[] points = new int[2 * values.length];
		for (int i = 0; i < values.length; i++) {
			Rectangle slot = layout.barSlot(i);
			points[2 * i] = slot.x + slot.width / 2;
			points[2 * i + 1] = plot.y + plot.height - scale.pixels(values[i], plot.height);
		}
		gc.setForeground(color(rgb));
		gc.setLineWidth(2);
		gc.drawPolyline(points);
		gc.setLineWidth(1);
	}

	/** A vertical bar of {@code parts[i]} bytes in the color of {@code colors[i]}, bottom up; returns its top. */
	int stackedBar(Rectangle plot, NiceScale scale, Rectangle slot, List<? extends BarPart> colors, long[] parts) {
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
	int horizontalStackedBar(int x, int length, int y, int thickness, NiceScale scale, List<? extends BarPart> colors,
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
		gc.setForeground(color(rgb));
		gc.setLineWidth(2);
		gc.drawLine(x, top, x, bottom);
		gc.setLineWidth(1);
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
	static Color color(RGB rgb) {
		return new Color(rgb);
	}
}
