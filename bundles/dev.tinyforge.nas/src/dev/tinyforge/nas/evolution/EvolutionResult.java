package dev.tinyforge.nas.evolution;

import java.util.List;

/**
 * The outcome of one evolutionary search.
 *
 * @param best the highest-scoring candidate seen
 * @param scored every distinct candidate that met the limits and got a score, best first
 * @param evaluated subnets analysed, whether or not they met the limits
 */
public record EvolutionResult(Candidate best, List<Candidate> scored, long evaluated) {

	public EvolutionResult {
		scored = List.copyOf(scored);
	}
}
