package dev.tinyforge.nas;

import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.Limits;

/** A device a search specialises for: its name, the limits a subnet must meet on it, and its latency estimate. */
public record DeviceTarget(String name, Limits limits, LatencyEstimator latency) {

	public DeviceTarget {
		if (limits.constrainsLatency() && !latency.known()) {
			throw new SearchException("device " + name + ": the search limits latency, but TinyForge has no"
					+ " latency model for its core or the device names no clock");
		}
	}
}
