/**
 * The memory chart: a widget drawn with SWT's GC (SWTChart needs Java 21) showing, per operator of a network, the
 * SRAM live while it runs as stacked bars against the device's limit, and its weights in Flash. Scales and layout
 * are plain classes, tested without a display.
 */
package dev.tinyforge.ui.chart;
