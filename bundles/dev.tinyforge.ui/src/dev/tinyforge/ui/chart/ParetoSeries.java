package dev.tinyforge.ui.chart;

import java.util.List;

/**
 * One device's points in the {@link ParetoScatter}: its Pareto front, best first.
 *
 * @param sramLimitBytes the SRAM its subnets may use
 */
public record ParetoSeries(String device, long sramLimitBytes, List<Point> front) {

	/** A subnet of the front: its MACs and peak SRAM. */
	public record Point(long macs, long sramBytes) {
	}

	public ParetoSeries {
		front = List.copyOf(front);
	}
}
