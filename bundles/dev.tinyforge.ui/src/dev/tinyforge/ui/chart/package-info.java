/**
 * The charts, widgets drawn with SWT's GC (SWTChart needs Java 21): the memory chart showing, per operator of a
 * network, the SRAM live while it runs as stacked bars against the device's limit, and its weights in Flash; and a
 * search's best score per generation and its Pareto front. {@link dev.tinyforge.ui.chart.Axes} draws what they
 * share. Scales and layout are plain classes, tested without a display.
 */
package dev.tinyforge.ui.chart;
