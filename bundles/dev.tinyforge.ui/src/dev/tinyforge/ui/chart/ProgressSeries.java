package dev.tinyforge.ui.chart;

import java.util.List;

/**
 * One device's line in the {@link GenerationPlot}.
 *
 * @param bests the best score after each generation, from the initial population (generation 0) on
 */
public record ProgressSeries(String device, List<Double> bests) {

	public ProgressSeries {
		bests = List.copyOf(bests);
	}
}
