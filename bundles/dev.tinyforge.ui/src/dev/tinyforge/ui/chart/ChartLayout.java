package dev.tinyforge.ui.chart;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where a chart draws, for a canvas size: the SRAM panel above a lower panel (Flash per operator, or the training
 * schemes), each a plot area with room for its axis labels, and one bar slot per operator. Painting, tooltips and
 * clicks all use the same layout.
 */
public record ChartLayout(Rectangle sram, Rectangle lower, int bars) {

	static final int LEFT = 72;
	static final int RIGHT = 16;
	static final int TOP = 64;
	static final int GAP = 44;
	static final int BOTTOM = 30;

	/** Two thirds of the height for the SRAM panel. */
	public static ChartLayout of(int width, int height, int bars) {
		return of(width, height, bars, 2.0 / 3);
	}

	/** @param sramShare the part of the plots' height the SRAM panel takes, the rest is the lower panel's */
	public static ChartLayout of(int width, int height, int bars, double sramShare) {
		int plotWidth = Math.max(1, width - LEFT - RIGHT);
		int plotHeight = Math.max(2, height - TOP - GAP - BOTTOM);
		int sramHeight = (int) (plotHeight * sramShare);
		return new ChartLayout(new Rectangle(LEFT, TOP, plotWidth, sramHeight),
				new Rectangle(LEFT, TOP + sramHeight + GAP, plotWidth, plotHeight - sramHeight), bars);
	}

	/** The horizontal extent of bar {@code index} (in both panels): a slot with a gap of a fifth on its right. */
	public Rectangle barSlot(int index) {
		double slot = (double) sram.width / Math.max(1, bars);
		int width = Math.max(1, (int) Math.round(slot * 0.8));
		return new Rectangle(columnStart(index), 0, width, 0);
	}

	/** The bar under a point of either panel, or -1. */
	public int barAt(int x, int y) {
		boolean inPanel = sram.contains(x, y) || lower.contains(x, y);
		if (!inPanel || bars == 0) {
			return -1;
		}
		int index = (int) ((x - sram.x) * (long) bars / sram.width);
		return Math.min(index, bars - 1);
	}

	/** Row {@code index} of the lower panel cut into {@code rows} rows, for horizontal bars. */
	public Rectangle lowerRow(int index, int rows) {
		int top = start(lower.y, lower.height, rows, index);
		return new Rectangle(lower.x, top, lower.width, start(lower.y, lower.height, rows, index + 1) - top);
	}

	/** The row of the lower panel cut into {@code rows} rows at height {@code y}, or -1 outside the panel. */
	public int lowerRowAt(int y, int rows) {
		if (rows == 0 || y < lower.y || y >= lower.y + lower.height) {
			return -1;
		}
		return Math.min(rows - 1, (int) ((long) (y - lower.y) * rows / lower.height));
	}

	/**
	 * The SRAM panel's columns of bars {@code first..last}, gaps included: exactly the points {@link #barAt} maps
	 * to one of them.
	 */
	public Rectangle span(int first, int last) {
		int x = columnStart(first);
		return new Rectangle(x, sram.y, columnStart(last + 1) - x, sram.height);
	}

	/** The smallest x that {@link #barAt} maps to bar {@code index} or a later one. */
	private int columnStart(int index) {
		return start(sram.x, sram.width, bars, index);
	}

	/**
	 * Where part {@code index} of {@code count} equal parts of a length starts: the first pixel p with
	 * {@code (p - origin) * count / length >= index}, so that the division finds the part under a pixel.
	 */
	private static int start(int origin, int length, int count, int index) {
		int parts = Math.max(1, count);
		return origin + (int) (((long) index * length + parts - 1) / parts);
	}
}
