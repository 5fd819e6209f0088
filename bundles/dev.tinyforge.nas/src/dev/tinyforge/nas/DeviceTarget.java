package dev.tinyforge.nas;

import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.Limits;

/**
 * A device a search specialises for: its name, the limits a subnet must meet on it, its latency estimate, and
 * whether a subnet over the SRAM limit may run its first layers patch by patch (MCUNetV2).
 *
 * @param patchOverhead the recomputed MACs a patch plan may add, as a fraction of the subnet's; NaN for no patches
 */
public record DeviceTarget(String name, Limits limits, LatencyEstimator latency, double patchOverhead) {

	public DeviceTarget {
		if (limits.constrainsLatency() && !latency.known()) {
			throw new SearchException("device " + name + ": the search limits latency, but TinyForge has no"
					+ " latency model for its core or the device names no clock");
		}
	}

	/** A device whose subnets run layer by layer. */
	public DeviceTarget(String name, Limits limits, LatencyEstimator latency) {
		this(name, limits, latency, Double.NaN);
	}
}
