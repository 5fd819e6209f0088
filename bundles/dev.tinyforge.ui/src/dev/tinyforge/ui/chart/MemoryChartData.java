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
 * @param patches the steps run patch by patch, null when the network runs layer by layer
 */
public record MemoryChartData(String title, List<OperatorStep> steps, long sramBytes, long sramAvailableBytes,
		long flashAvailableBytes, PatchRegion patches) implements ChartData {

	public static final MemoryChartData EMPTY = new MemoryChartData("", List.of(), 0, 0, 0);

	/** Layer by layer. */
	public MemoryChartData(String title, List<OperatorStep> steps, long sramBytes, long sramAvailableBytes,
			long flashAvailableBytes) {
		this(title, steps, sramBytes, sramAvailableBytes, flashAvailableBytes, null);
	}

	public boolean hasDevice() {
		return sramBytes > 0;
	}

	public boolean hasPatches() {
		return patches != null;
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
