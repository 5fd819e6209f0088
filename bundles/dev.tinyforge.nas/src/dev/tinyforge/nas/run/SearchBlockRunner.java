package dev.tinyforge.nas.run;

import java.nio.file.Path;
import java.util.List;

import dev.tinyforge.dsl.tinyMl.Objective;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.ArchitectureSearch;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.dsl.SearchSpecs;
import dev.tinyforge.nas.evaluator.CommandEvaluator;
import dev.tinyforge.nas.evolution.EvolutionSettings;
import dev.tinyforge.nas.space.ElasticSpace;

/**
 * Runs one validated {@code search} block for its devices: its space and settings, maximising MACs or, with
 * {@code maximize accuracy [with "CMD"]}, what the user's evaluator prints (run in the file's folder): the block's
 * command, else the tool's {@link EvaluatorSetting}.
 */
public final class SearchBlockRunner {

	/** Stops an evaluator after this long when the search block names no timeout. */
	public static final long DEFAULT_TIMEOUT_MILLIS = 10 * 60 * 1000;

	private SearchBlockRunner() {
	}

	/**
	 * @param folder the folder of the block's file, where the evaluator runs
	 * @param threads workers for stage 1
	 * @param evaluatorSetting the command and parallelism where the block names none
	 * @throws SearchException naming the search block when it cannot run (bad settings or evaluator command) or a
	 *             device has no subnet that fits
	 * @throws dev.tinyforge.nas.SearchCanceledException when the monitor cancels
	 */
	public static SearchRun run(SearchSpace search, List<DeviceTarget> devices, Path folder, int threads,
			EvaluatorSetting evaluatorSetting, SearchMonitor monitor) {
		try {
			ElasticSpace space = SearchSpecs.space(search);
			EvolutionSettings settings = SearchSpecs.settings(search);
			Objective objective = search.getObjective();
			if (objective == null || objective.isMacs()) {
				dev.tinyforge.nas.evolution.Objective macs = dev.tinyforge.nas.evolution.Objective.MACS;
				return new SearchRun(search.getName(), space, macs.name(),
						new ArchitectureSearch(space, settings, macs, threads).run(devices, monitor), List.of());
			}
			long timeout = objective.getTimeout() == null ? DEFAULT_TIMEOUT_MILLIS
					: (long) Math.ceil(SearchSpecs.millis(objective.getTimeout()));
			String command = objective.getCommand() != null ? objective.getCommand() : evaluatorSetting.command();
			if (command.isBlank()) {
				throw new SearchException("'maximize accuracy' names no evaluator: write 'with \"COMMAND\"' or set one"
						+ " (command line: --evaluator COMMAND; Eclipse: Preferences > TinyForge)");
			}
			int parallel = objective.getParallel() > 0 ? objective.getParallel() : evaluatorSetting.parallel();
			try (CommandEvaluator evaluator = new CommandEvaluator(space, command, folder, parallel, timeout)) {
				return new SearchRun(search.getName(), space, evaluator.name(),
						new ArchitectureSearch(space, settings, evaluator, threads).run(devices, monitor),
						evaluator.failures());
			}
		} catch (SearchException | IllegalArgumentException e) {
			throw new SearchException("search " + search.getName() + ": " + e.getMessage());
		}
	}
}
