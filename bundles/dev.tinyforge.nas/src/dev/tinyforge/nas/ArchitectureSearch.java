package dev.tinyforge.nas;

import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.nas.evaluate.CandidateEvaluator;
import dev.tinyforge.nas.evolution.EvolutionResult;
import dev.tinyforge.nas.evolution.EvolutionSearch;
import dev.tinyforge.nas.evolution.EvolutionSettings;
import dev.tinyforge.nas.evolution.Objective;
import dev.tinyforge.nas.evolution.ParetoFront;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.SubnetSampler;
import dev.tinyforge.nas.stage1.SpaceOptimizer;
import dev.tinyforge.nas.stage1.SpaceRanking;
import dev.tinyforge.nas.stage1.SpaceStatistics;

/**
 * One search run over several devices, Once-for-All style: one space and one objective (whose results, e.g. a
 * user's evaluator's, are shared between the devices), specialised per device by stage 1 (which width and
 * resolution) and stage 2 (which subnet).
 */
public final class ArchitectureSearch {

	private final ElasticSpace space;
	private final EvolutionSettings settings;
	private final Objective objective;
	private final int threads;

	/** @param threads workers for stage 1 */
	public ArchitectureSearch(ElasticSpace space, EvolutionSettings settings, Objective objective, int threads) {
		this.space = space;
		this.settings = settings;
		this.objective = objective;
		this.threads = threads;
	}

	/**
	 * @throws SearchException when a device has no subnet that fits
	 * @throws SearchCanceledException when the monitor cancels
	 */
	public List<DeviceResult> run(List<DeviceTarget> devices, SearchMonitor monitor) {
		List<DeviceResult> results = new ArrayList<>();
		for (DeviceTarget device : devices) {
			monitor.deviceStarted(device);
			try {
				results.add(search(device, monitor));
			} catch (SearchException e) {
				throw new SearchException(device.name() + ": " + e.getMessage());
			}
		}
		return results;
	}

	private DeviceResult search(DeviceTarget device, SearchMonitor monitor) {
		SpaceRanking ranking = new SpaceOptimizer(space, device.latency(), device.patchOverhead(), threads)
				.optimize(device.limits(), settings.samples(), settings.seed(), monitor);
		SpaceStatistics chosen = ranking.best();
		EvolutionSearch evolution = new EvolutionSearch(new SubnetSampler(space),
				new CandidateEvaluator(space, device.latency(), device.patchOverhead()), device.limits(), objective,
				settings);
		EvolutionResult result = evolution.run(chosen.width(), chosen.resolution(), monitor);
		DeviceResult found = new DeviceResult(device, ranking, result.best(), ParetoFront.of(result.scored()),
				result.evaluated());
		monitor.deviceFinished(found);
		return found;
	}
}
