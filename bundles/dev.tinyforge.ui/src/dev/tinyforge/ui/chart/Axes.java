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
 * What the charts draw alike: value axes with their grid and tick labels, dashed level lines (a device's limit),
 * legends and the colors of a chart's series.
 */
public final class Axes {

	static final RGB BLACK = new RGB(0, 0, 0);
	private static final RGB GRID = new RGB(225, 225, 225);
	private static final RGB TICKS = new RGB(60, 60, 60);
	private static final RGB[] SERIES = { new RGB(31, 119, 180), new RGB(214, 39, 40), new RGB(44, 160, 44),
			new RGB(148, 103, 189), new RGB(255, 127, 14), new RGB(23, 190, 207) };

	/** A legend entry: a square of the color, then the text. */
	public record Entry(String label, RGB rgb) {
	}

	private Axes() {
	}

	/** The color of a chart's series {@code index}, e.g. of its n-th device. */
	public static RGB series(int index) {
		return SERIES[index % SERIES.length];
	}

	static Color color(RGB rgb) {
		return new Color(rgb);
	}

	/** The pixel row of {@code value} in a plot whose vertical axis has {@code scale}. */
	public static int y(Rectangle plot, NiceScale scale, double value) {
		return plot.y + plot.height - scale.pixels(value, plot.height);
	}

	/** The pixel column of {@code value} in a plot whose horizontal axis has {@code scale}. */
	public static int x(Rectangle plot, NiceScale scale, double value) {
		return plot.x + scale.pixels(value, plot.width);
	}

	/** The left axis: a grid line and a label at every tick, the axis lines, and its name above it. */
	public static void drawVertical(GC gc, Rectangle plot, NiceScale scale, DoubleFunction<String> label,
			String name) {
		gc.setLineWidth(1);
		for (int tick = 0; tick <= scale.tickCount(); tick++) {
			int y = y(plot, scale, scale.tick(tick));
			gc.setForeground(color(GRID));
			gc.drawLine(plot.x, y, plot.x + plot.width, y);
			gc.setForeground(color(TICKS));
			String text = label.apply(scale.tick(tick));
			Point extent = gc.textExtent(text);
			gc.drawText(text, plot.x - extent.x - 6, y - extent.y / 2, true);
		}
		drawFrame(gc, plot);
		Point extent = gc.textExtent(name);
		gc.drawText(name, Math.max(2, plot.x - extent.x - 6), plot.y - extent.y - 4, true);
	}

	/** The bottom axis: a grid line and a label at every tick, the axis lines, and its name at its right end. */
	public static void drawHorizontal(GC gc, Rectangle plot, NiceScale scale, DoubleFunction<String> label,
			String name) {
		gc.setLineWidth(1);
		int bottom = plot.y + plot.height;
		int nameWidth = gc.textExtent(name).x;
		for (int tick = 0; tick <= scale.tickCount(); tick++) {
			int x = x(plot, scale, scale.tick(tick));
			gc.setForeground(color(GRID));
			gc.drawLine(x, plot.y, x, bottom);
			gc.setForeground(color(TICKS));
			String text = label.apply(scale.tick(tick));
			Point extent = gc.textExtent(text);
			int left = x - extent.x / 2;
			if (left + extent.x < plot.x + plot.width - nameWidth - 8) { // the axis' name keeps its place
				gc.drawText(text, left, bottom + 4, true);
			}
		}
		drawFrame(gc, plot);
		Point extent = gc.textExtent(name);
		gc.drawText(name, plot.x + plot.width - extent.x, bottom + 4, true);
	}

	private static void drawFrame(GC gc, Rectangle plot) {
		gc.setForeground(color(BLACK));
		gc.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
		gc.drawLine(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
	}

	/** A dashed line across the plot at {@code value}, labelled at its right end above or below it. */
	public static void drawLevel(GC gc, Rectangle plot, NiceScale scale, double value, RGB rgb, String label,
			boolean above) {
		int y = y(plot, scale, value);
		gc.setForeground(color(rgb));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawLine(plot.x, y, plot.x + plot.width, y);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		Point extent = gc.textExtent(label);
		gc.drawText(label, plot.x + plot.width - extent.x - 4, above ? y - extent.y - 1 : y + 2, true);
	}

	/**
	 * Legend entries in a row from {@code x}.
	 *
	 * @return where the next entry would start
	 */
	public static int drawLegend(GC gc, int x, int y, List<Entry> entries) {
		for (Entry entry : entries) {
			gc.setBackground(color(entry.rgb()));
			gc.fillRectangle(x, y + 3, 10, 10);
			gc.setForeground(color(BLACK));
			gc.drawText(entry.label(), x + 14, y, true);
			x += 14 + gc.textExtent(entry.label()).x + 14;
		}
		return x;
	}
}
