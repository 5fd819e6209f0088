package dev.tinyforge.ui.chart;

import java.util.List;

import dev.tinyforge.dsl.analysis.OperatorStep;

/**
 * What the chart shows: a network's operators and, when it is deployed on a device, the device's SRAM and what of
 * it the network may use (the rest is the application's reserve).
 *
 * @param title e.g. {@code person_detect on stm32f746g_disco}
 * @param sramBytes the device's SRAM region, 0 for a network on its own
 * @param sramAvailableBytes that region less its reserve
 * @param flashAvailableBytes Flash for weights, 0 for a network on its own
 */
public record MemoryChartData(String title, List<OperatorStep> steps, long sramBytes, long sramAvailableBytes,
		long flashAvailableBytes) {

	public static final MemoryChartData EMPTY = new MemoryChartData("", List.of(), 0, 0, 0);

	public boolean hasDevice() {
		return sramBytes > 0;
	}

	public long peakLiveBytes() {
		return steps.stream().mapToLong(OperatorStep::liveBytes).max().orElse(0);
	}

	public long maxWeightBytes() {
		return steps.stream().mapToLong(OperatorStep::weightBytes).max().orElse(0);
	}

	public long totalWeightBytes() {
		return steps.stream().mapToLong(OperatorStep::weightBytes).sum();
	}
}
