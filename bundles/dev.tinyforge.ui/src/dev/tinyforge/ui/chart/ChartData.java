package dev.tinyforge.ui.chart;

/** What a {@link ChartCanvas} shows: a chart under its title, or with nothing to chart, a message as the title. */
public interface ChartData {

	String title();
}
