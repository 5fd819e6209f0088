package dev.tinyforge.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.nas.evaluate.Limits;
import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.evolution.EvolutionSettings;
import dev.tinyforge.nas.evolution.Objective;
import dev.tinyforge.nas.space.ElasticSpace;

/** Both stages over two devices: results meet the limits, depend only on the seed, and stop when canceled. */
class ArchitectureSearchTest {

	private static final ElasticSpace SPACE = TestSpaces.mcunet(new double[] {0.3, 0.5, 0.7},
			new int[] {64, 96, 128, 160}, 10);
	private static final EvolutionSettings SETTINGS = new EvolutionSettings(200, 30, 15, 0.25, 0.5, 0.1, 0.5, 7);
	private static final List<DeviceTarget> DEVICES = List.of(TestSpaces.stm32f746(64 * 1024, 128 * 1024),
			TestSpaces.stm32f412(64 * 1024, 128 * 1024));

	private static List<DeviceResult> search(long seed) {
		EvolutionSettings settings = new EvolutionSettings(SETTINGS.samples(), SETTINGS.population(),
				SETTINGS.generations(), SETTINGS.parentRatio(), SETTINGS.mutationRatio(),
				SETTINGS.mutationProbability(), SETTINGS.resolutionMutation(), seed);
		return new ArchitectureSearch(SPACE, settings, Objective.MACS, 2).run(DEVICES, SearchMonitor.NONE);
	}

	@Test
	void everyReturnedSubnetMeetsTheLimitsWhenAnalysedFromItsDslText() {
		for (DeviceResult result : search(7)) {
			Limits limits = result.device().limits();
			List<Candidate> returned = new ArrayList<>(result.pareto());
			returned.add(result.best());
			for (Candidate candidate : returned) {
				NetworkAnalysis analysis = DslAnalysis.of(SPACE, candidate.subnet());
				String where = result.device().name() + " " + candidate.subnet().key();
				assertTrue(analysis.arenaBytes() <= limits.sramBytes(), where);
				assertTrue(analysis.totalWeightBytes() <= limits.flashBytes(), where);
				assertEquals(candidate.metrics().macs(), analysis.totalMacs(), where);
				assertEquals(candidate.metrics().sramBytes(), analysis.arenaBytes(), where);
			}
			assertEquals(result.best(), result.pareto().get(0));
		}
	}

	@Test
	void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
		List<String> first = winners(search(11));
		assertEquals(first, winners(search(11)));
		assertTrue(!first.equals(winners(search(12))), "seeds 11 and 12 both found " + first);
	}

	/** Canceled before the first space of stage 1, and in stage 2 of the second device (12 + 16 units each). */
	@ParameterizedTest
	@ValueSource(ints = {0, 40})
	void aCanceledSearchStops(int unitsBeforeCancel) {
		int[] worked = {0};
		SearchMonitor monitor = new SearchMonitor() {
			@Override
			public void begin(String task, int units) {
			}

			@Override
			public void worked(int units) {
				worked[0] += units;
			}

			@Override
			public boolean isCanceled() {
				return worked[0] >= unitsBeforeCancel;
			}
		};
		assertThrows(SearchCanceledException.class,
				() -> new ArchitectureSearch(SPACE, SETTINGS, Objective.MACS, 1).run(DEVICES, monitor));
		assertTrue(worked[0] >= unitsBeforeCancel && worked[0] <= unitsBeforeCancel + 8, "worked " + worked[0]);
	}

	@Test
	void aDeviceNothingFitsIsReportedByName() {
		DeviceTarget tiny = new DeviceTarget("tiny", new Limits(4096, 1 << 20, Double.POSITIVE_INFINITY),
				dev.tinyforge.nas.evaluate.LatencyEstimator.NONE);
		ArchitectureSearch search = new ArchitectureSearch(SPACE, SETTINGS, Objective.MACS, 1);
		SearchException e = assertThrows(SearchException.class, () -> search.run(List.of(tiny), SearchMonitor.NONE));
		assertTrue(e.getMessage().startsWith("tiny: no sampled subnet"), e.getMessage());
	}

	private static List<String> winners(List<DeviceResult> results) {
		return results.stream().map(r -> r.best().subnet().key() + " " + r.spaces().chosen()).toList();
	}
}
