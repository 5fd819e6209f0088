package dev.tinyforge.nas.evolution;

/**
 * Settings of both stages; {@link #DEFAULTS} are MCUNet's 1000 samples per space and the values of
 * Once-for-All's evolution finder (population 100, 500 generations, parent ratio 0.25, mutation ratio 0.5,
 * mutation probability 0.1, resolution mutation probability 0.5).
 */
public record EvolutionSettings(int samples, int population, int generations, double parentRatio,
		double mutationRatio, double mutationProbability, double resolutionMutation, long seed) {

	public static final EvolutionSettings DEFAULTS = new EvolutionSettings(1000, 100, 500, 0.25, 0.5, 0.1, 0.5, 1);

	public EvolutionSettings {
		if (samples < 1 || population < 2 || generations < 1 || parentRatio <= 0 || parentRatio > 1
				|| mutationRatio < 0 || parentRatio + mutationRatio > 1 || mutationProbability < 0
				|| mutationProbability > 1 || resolutionMutation < 0 || resolutionMutation > 1) {
			throw new IllegalArgumentException("evolution settings out of range: samples " + samples + ", population "
					+ population + ", generations " + generations + ", parent ratio " + parentRatio
					+ ", mutation ratio " + mutationRatio + " (parent and mutation ratio add up to at most 1)"
					+ ", mutation probability " + mutationProbability + ", resolution mutation " + resolutionMutation);
		}
	}

	int parents() {
		return Math.max(1, (int) Math.round(population * parentRatio));
	}

	int mutations() {
		return (int) Math.round(population * mutationRatio);
	}
}
