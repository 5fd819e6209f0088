package dev.tinyforge.nas.run;

import java.util.List;

import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.evaluator.EvaluatorFailure;
import dev.tinyforge.nas.space.ElasticSpace;

/**
 * One search block's results: per device, and the evaluator's failures (none for the MACs objective).
 *
 * @param name the search block's name
 * @param objective the objective's name, e.g. {@code MACs}
 */
public record SearchRun(String name, ElasticSpace space, String objective, List<DeviceResult> devices,
		List<EvaluatorFailure> failures) {

	public SearchRun {
		devices = List.copyOf(devices);
		failures = List.copyOf(failures);
	}
}
