package dev.tinyforge.nas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.nas.evaluate.SubnetGraphBuilder;
import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.evolution.EvolutionSettings;
import dev.tinyforge.nas.evolution.Objective;
import dev.tinyforge.nas.space.ElasticSpace;

/**
 * A search that may run a subnet's first layers patch by patch (MCUNetV2) on a device with little SRAM: it finds
 * larger networks than one that runs every layer whole, and what it returns fits with the plan it reports.
 */
class PatchedSearchTest {

	private static final ElasticSpace SPACE = TestSpaces.mcunet(new double[] {0.3, 0.5, 0.7},
			new int[] {64, 96, 128, 160}, 10);
	private static final EvolutionSettings SETTINGS = new EvolutionSettings(60, 30, 10, 0.25, 0.5, 0.1, 0.5, 3);
	/** STM32F746 with all but 64 KB of its SRAM kept for the application. */
	private static final DeviceTarget LAYER_BY_LAYER = TestSpaces.stm32f746(256 * 1024, 128 * 1024);
	private static final DeviceTarget PATCHED = new DeviceTarget(LAYER_BY_LAYER.name(), LAYER_BY_LAYER.limits(),
			LAYER_BY_LAYER.latency(), PatchPlanner.DEFAULT_OVERHEAD);

	private static final DeviceResult PATCHED_RESULT = search(PATCHED);

	private static DeviceResult search(DeviceTarget device) {
		return new ArchitectureSearch(SPACE, SETTINGS, Objective.MACS, 2).run(List.of(device), SearchMonitor.NONE)
				.get(0);
	}

	@Test
	void patchesLetTheSearchFindMoreMacsWithinTheSameSram() {
		Candidate whole = search(LAYER_BY_LAYER).best();
		Candidate patched = PATCHED_RESULT.best();
		assertNotNull(patched.metrics().patches(), "the winner on 64 KB needs patches");
		assertTrue(patched.metrics().macs() > whole.metrics().macs(),
				patched.metrics().macs() + " MACs with patches, " + whole.metrics().macs() + " without");
	}

	@Test
	void everyReturnedSubnetFitsWithItsPlanWhenReanalysed() {
		DeviceResult result = PATCHED_RESULT;
		List<Candidate> returned = new ArrayList<>(result.pareto());
		returned.add(result.best());
		NetworkAnalyzer analyzer = new NetworkAnalyzer();
		for (Candidate candidate : returned) {
			var graph = new SubnetGraphBuilder(SPACE).build(candidate.subnet());
			NetworkAnalysis analysis = candidate.metrics().patches() == null ? analyzer.analyze(graph)
					: analyzer.analyze(graph, candidate.metrics().patches());
			String where = candidate.subnet().key();
			assertEquals(candidate.metrics().sramBytes(), analysis.arenaBytes(), where);
			assertTrue(analysis.arenaBytes() <= PATCHED.limits().sramBytes(), where);
			analysis.patchPhase().ifPresent(phase -> assertTrue(phase.macOverhead() <= PatchPlanner.DEFAULT_OVERHEAD,
					where));
		}
	}

	@Test
	void theSameSeedGivesTheSameWinnerAndPlan() {
		Candidate first = PATCHED_RESULT.best();
		Candidate again = search(PATCHED).best();
		assertEquals(first.subnet().key(), again.subnet().key());
		assertEquals(first.metrics(), again.metrics());
	}
}
