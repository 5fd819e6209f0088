package dev.tinyforge.ui.chart;

import org.eclipse.swt.graphics.RGB;

/** A name and its color as a legend shows them: one part of a stacked bar, or one device's series. */
record LegendEntry(String label, RGB rgb) {
}
