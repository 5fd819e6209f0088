package dev.tinyforge.ui.chart;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the chart draws, for a canvas size: the SRAM panel above the Flash panel, each a plot area with room for
 * its axis labels, and one bar slot per operator. Painting, tooltips and clicks all use the same layout.
 */
public record ChartLayout(Rectangle sram, Rectangle flash, int bars) {

	static final int LEFT = 72;
	static final int RIGHT = 16;
	static final int TOP = 64;
	static final int GAP = 44;
	static final int BOTTOM = 30;

	public static ChartLayout of(int width, int height, int bars) {
		int plotWidth = Math.max(1, width - LEFT - RIGHT);
		int plotHeight = Math.max(2, height - TOP - GAP - BOTTOM);
		int sramHeight = plotHeight * 2 / 3;
		return new ChartLayout(new Rectangle(LEFT, TOP, plotWidth, sramHeight),
				new Rectangle(LEFT, TOP + sramHeight + GAP, plotWidth, plotHeight - sramHeight), bars);
	}

	/** The horizontal extent of bar {@code index} (in both panels): a slot with a gap of a fifth on its right. */
	public Rectangle barSlot(int index) {
		double slot = (double) sram.width / Math.max(1, bars);
		int x = sram.x + (int) Math.round(index * slot);
		int width = Math.max(1, (int) Math.round(slot * 0.8));
		return new Rectangle(x, 0, width, 0);
	}

	/** The bar under a point of either panel, or -1. */
	public int barAt(int x, int y) {
		boolean inPanel = sram.contains(x, y) || flash.contains(x, y);
		if (!inPanel || bars == 0) {
			return -1;
		}
		int index = (int) ((x - sram.x) * (long) bars / sram.width);
		return Math.min(index, bars - 1);
	}
}
