package dev.tinyforge.ui.chart;

import org.eclipse.swt.graphics.Rectangle;

/** Where a single-panel chart plots within its canvas: room for a title and legend above, axis labels around. */
final class PlotArea {

	private static final int LEFT = 64;
	private static final int RIGHT = 16;
	private static final int TOP = 64;
	private static final int BOTTOM = 26;

	private PlotArea() {
	}

	static Rectangle of(Rectangle area) {
		return new Rectangle(area.x + LEFT, area.y + TOP, Math.max(1, area.width - LEFT - RIGHT),
				Math.max(1, area.height - TOP - BOTTOM));
	}
}
