package dev.tinyforge.nas.evolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidates no other candidate beats on all of objective (higher is better), peak SRAM and latency (lower
 * is better); without a latency model only the first two count.
 */
public final class ParetoFront {

	private ParetoFront() {
	}

	/** @param bestFirst scored candidates in {@link EvolutionSearch#BEST_FIRST} order; the front keeps it */
	public static List<Candidate> of(List<Candidate> bestFirst) {
		List<Candidate> front = new ArrayList<>();
		for (Candidate candidate : bestFirst) {
			if (candidate.scored() && front.stream().noneMatch(kept -> dominates(kept, candidate))) {
				front.add(candidate);
			}
		}
		return front;
	}

	/**
	 * Whether {@code a} is at least as good as {@code b} everywhere. Candidates come best first, so a kept one
	 * never scores lower; equal in all three, the first one stays.
	 */
	private static boolean dominates(Candidate a, Candidate b) {
		return a.score() >= b.score() && a.metrics().sramBytes() <= b.metrics().sramBytes()
				&& !(a.metrics().latencyMs() > b.metrics().latencyMs());
	}
}
