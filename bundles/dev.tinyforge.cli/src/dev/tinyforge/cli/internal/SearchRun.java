package dev.tinyforge.cli.internal;

import java.util.List;

import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.evaluator.EvaluatorFailure;
import dev.tinyforge.nas.space.ElasticSpace;

/** One search block's results: per device, and the evaluator's failures (none for the MACs objective). */
record SearchRun(String name, ElasticSpace space, String objective, List<DeviceResult> devices,
		List<EvaluatorFailure> failures) {
}
