package dev.tinyforge.nas.evolution;

import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.space.Subnet;

/** A subnet with its analysis and its objective score (NaN when its evaluation failed). */
public record Candidate(Subnet subnet, Metrics metrics, double score) {

	public boolean scored() {
		return !Double.isNaN(score);
	}
}
