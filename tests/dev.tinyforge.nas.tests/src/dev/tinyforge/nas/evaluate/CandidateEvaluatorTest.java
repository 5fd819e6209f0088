package dev.tinyforge.nas.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tinyforge.nas.TestSpaces;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;
import dev.tinyforge.nas.space.SubnetSampler;

/** Turning a candidate down early, on its weights alone, agrees with the full analysis. */
class CandidateEvaluatorTest {

	@Test
	void evaluatesWithinLimitsAsTheFullAnalysisJudges() {
		ElasticSpace space = TestSpaces.mcunet(new double[] {0.5, 1.0}, new int[] {64, 128}, 100);
		SubnetSampler sampler = new SubnetSampler(space);
		CandidateEvaluator evaluator = new CandidateEvaluator(space, LatencyEstimator.NONE);
		Limits limits = new Limits(160 * 1024, 600 * 1024, Double.POSITIVE_INFINITY);
		SplittableRandom random = new SplittableRandom(9);
		int[] outcomes = new int[3]; // fits, over in SRAM only, over in Flash
		for (int i = 0; i < 200; i++) {
			Subnet subnet = sampler.sample(random, space.width(i % 2), space.resolution(i / 2 % 2));
			Metrics full = evaluator.evaluate(subnet);
			Metrics within = evaluator.evaluateWithin(subnet, limits);
			assertEquals(limits.fits(full) ? full : null, within, subnet.key());
			outcomes[limits.fits(full) ? 0 : full.flashBytes() > limits.flashBytes() ? 2 : 1]++;
		}
		assertTrue(outcomes[0] > 0 && outcomes[1] > 0 && outcomes[2] > 0,
				"the limits should leave all three outcomes: " + java.util.Arrays.toString(outcomes));
	}
}
