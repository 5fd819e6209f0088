package dev.tinyforge.nas.evolution;

import java.util.List;

import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.space.Subnet;

/** What the search maximises. */
public interface Objective {

	/** MACs, MCUNet's proxy for accuracy: within a memory budget, the bigger network tends to be the better. */
	Objective MACS = new Objective() {
		@Override
		public String name() {
			return "MACs";
		}

		@Override
		public double[] score(List<Subnet> subnets, List<Metrics> metrics, SearchMonitor monitor) {
			return metrics.stream().mapToDouble(Metrics::macs).toArray();
		}
	};

	String name();

	/**
	 * Scores candidates that meet the limits, in order; NaN for one that could not be scored.
	 *
	 * @throws dev.tinyforge.nas.SearchCanceledException when the monitor cancels
	 */
	double[] score(List<Subnet> subnets, List<Metrics> metrics, SearchMonitor monitor);
}
