/**
 * The charts, widgets drawn with SWT's GC (SWTChart needs Java 21): {@link dev.tinyforge.ui.chart.MemoryChart}
 * shows, per operator of a network, the SRAM live while it runs as stacked bars against the device's limit (the
 * patch phase shaded) and its weights in Flash; {@link dev.tinyforge.ui.chart.TrainingChart} the memory of a
 * training step per operator and the update schemes compared; {@link dev.tinyforge.ui.chart.GenerationPlot} and
 * {@link dev.tinyforge.ui.chart.ParetoScatter} a search's best score per generation and its Pareto front. One
 * {@code ChartPainter} draws what they share. Scales and layouts are plain classes, tested without a display.
 */
package dev.tinyforge.ui.chart;
