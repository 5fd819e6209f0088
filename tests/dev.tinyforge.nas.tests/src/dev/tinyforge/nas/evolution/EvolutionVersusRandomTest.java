package dev.tinyforge.nas.evolution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.TestSpaces;
import dev.tinyforge.nas.evaluate.CandidateEvaluator;
import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.Limits;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;
import dev.tinyforge.nas.space.SubnetSampler;

/**
 * On the same budget of scored subnets that meet the limits, evolution finds more MACs than drawing subnets at
 * random from the same space (same width, any resolution), for every one of several fixed seeds.
 */
class EvolutionVersusRandomTest {

	private static final ElasticSpace SPACE = TestSpaces.mcunet(new double[] {0.5}, new int[] {64, 80, 96, 112, 128},
			10);
	private static final Limits LIMITS = new Limits(128 * 1024, 512 * 1024, Double.POSITIVE_INFINITY);

	@Test
	void evolutionBeatsRandomSearchOnMacs() {
		for (long seed = 1; seed <= 3; seed++) {
			EvolutionSettings settings = new EvolutionSettings(1, 40, 20, 0.25, 0.5, 0.1, 0.5, seed);
			EvolutionResult evolved = new EvolutionSearch(new SubnetSampler(SPACE),
					new CandidateEvaluator(SPACE, LatencyEstimator.NONE), LIMITS, Objective.MACS, settings)
					.run(0.5, 64, SearchMonitor.NONE);
			long random = bestRandomMacs(evolved.scored().size(), seed);
			assertTrue(evolved.best().score() > random, "seed " + seed + ": evolution " + evolved.best().score()
					+ " MACs over " + evolved.scored().size() + " subnets, random " + random);
		}
	}

	/** The most MACs among {@code budget} random subnets that meet the limits. */
	private static long bestRandomMacs(int budget, long seed) {
		SubnetSampler sampler = new SubnetSampler(SPACE);
		CandidateEvaluator evaluator = new CandidateEvaluator(SPACE, LatencyEstimator.NONE);
		SplittableRandom random = new SplittableRandom(seed);
		int[] resolutions = SPACE.resolutions();
		long best = 0;
		for (int found = 0; found < budget;) {
			Subnet subnet = sampler.sample(random, 0.5, resolutions[random.nextInt(resolutions.length)]);
			Metrics metrics = evaluator.evaluate(subnet);
			if (LIMITS.fits(metrics)) {
				best = Math.max(best, metrics.macs());
				found++;
			}
		}
		return best;
	}
}
