package dev.tinyforge.ui.chart;

import org.eclipse.swt.graphics.RGB;

/** One part of a stacked bar, as the legend names and colors it. */
record BarPart(String label, RGB rgb) {
}
