package dev.tinyforge.nas.evaluate;

import dev.tinyforge.analysis.DeviceBudget;

/**
 * The constraints a candidate must meet on one device: the SRAM and Flash left after the device's reserves,
 * tightened by the search's own {@code max sram} and {@code max flash}, and its {@code max latency}
 * ({@link Double#POSITIVE_INFINITY} for none).
 */
public record Limits(long sramBytes, long flashBytes, double latencyMs) {

	/** The device's budget, tightened by the search's maxima (0 and infinity mean none). */
	public static Limits of(DeviceBudget budget, long maxSram, long maxFlash, double maxLatencyMs) {
		return new Limits(tighter(budget.sramAvailableBytes(), maxSram),
				tighter(budget.flashAvailableBytes(), maxFlash), maxLatencyMs);
	}

	private static long tighter(long available, long max) {
		return max > 0 ? Math.min(available, max) : available;
	}

	public boolean constrainsLatency() {
		return latencyMs != Double.POSITIVE_INFINITY;
	}

	public boolean fits(Metrics metrics) {
		return metrics.sramBytes() <= sramBytes && metrics.flashBytes() <= flashBytes
				&& (!constrainsLatency() || metrics.latencyMs() <= latencyMs);
	}
}
