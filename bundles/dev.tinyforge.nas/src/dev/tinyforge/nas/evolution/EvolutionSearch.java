package dev.tinyforge.nas.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.evaluate.CandidateEvaluator;
import dev.tinyforge.nas.evaluate.Limits;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.space.Subnet;
import dev.tinyforge.nas.space.SubnetSampler;

/**
 * Once-for-All's evolution at a fixed width: an initial population drawn at the chosen resolution, then per
 * generation the best {@code parentRatio} survive, {@code mutationRatio} of the population are mutated parents
 * and the rest crossovers of two parents; every new subnet is redrawn until it meets the limits. Seeded and
 * sequential (only the objective may work in parallel), so a seed gives one result.
 */
public final class EvolutionSearch {

	/** Draws per subnet before giving up on finding one that meets the limits. */
	static final int MAX_ATTEMPTS = 1000;

	/** Best score first; unscored last; the key breaks ties so that the order never depends on hashing. */
	static final Comparator<Candidate> BEST_FIRST = Comparator
			.comparingDouble((Candidate c) -> c.scored() ? -c.score() : Double.POSITIVE_INFINITY)
			.thenComparing(c -> c.subnet().key());

	private final SubnetSampler sampler;
	private final CandidateEvaluator evaluator;
	private final Limits limits;
	private final Objective objective;
	private final EvolutionSettings settings;

	private final Map<Subnet, Candidate> scored = new HashMap<>();
	private final Map<Subnet, Metrics> pending = new HashMap<>(); // met the limits, not scored yet
	private long evaluated;

	public EvolutionSearch(SubnetSampler sampler, CandidateEvaluator evaluator, Limits limits, Objective objective,
			EvolutionSettings settings) {
		this.sampler = sampler;
		this.evaluator = evaluator;
		this.limits = limits;
		this.objective = objective;
		this.settings = settings;
	}

	/**
	 * @throws SearchException when no initial population meeting the limits can be drawn
	 * @throws dev.tinyforge.nas.SearchCanceledException when the monitor cancels
	 */
	public EvolutionResult run(double width, int resolution, SearchMonitor monitor) {
		SplittableRandom random = new SplittableRandom(settings.seed());
		monitor.begin("Stage 2: evolution, " + settings.generations() + " generations of " + settings.population(),
				settings.generations() + 1);
		List<Candidate> population = score(draw(settings.population(),
				() -> sampler.sample(random, width, resolution), true), monitor);
		monitor.worked(1);
		monitor.generation(0, best(population));
		for (int generation = 1; generation <= settings.generations(); generation++) {
			monitor.checkCanceled();
			population.sort(BEST_FIRST);
			List<Candidate> parents = new ArrayList<>(population.subList(0, Math.min(settings.parents(),
					population.size())));
			List<Subnet> children = draw(settings.mutations(), () -> sampler.mutate(random,
					pick(random, parents).subnet(), settings.mutationProbability(), settings.resolutionMutation()),
					false);
			children.addAll(draw(settings.population() - parents.size() - children.size(),
					() -> sampler.crossover(random, pick(random, parents).subnet(), pick(random, parents).subnet()),
					false));
			population = parents;
			population.addAll(score(children, monitor));
			monitor.worked(1);
			monitor.generation(generation, best(population));
		}
		List<Candidate> all = new ArrayList<>(scored.values());
		all.sort(BEST_FIRST);
		if (all.isEmpty() || !all.get(0).scored()) {
			throw new SearchException("the objective " + objective.name() + " scored none of the "
					+ all.size() + " subnets that fit");
		}
		return new EvolutionResult(all.get(0), all, evaluated);
	}

	/**
	 * Draws {@code count} subnets that meet the limits, {@link #MAX_ATTEMPTS} draws each at most; fewer when the
	 * draws run out, unless {@code required}.
	 */
	private List<Subnet> draw(int count, Supplier<Subnet> next, boolean required) {
		List<Subnet> subnets = new ArrayList<>(count);
		long attempts = 0;
		while (subnets.size() < count && attempts < (long) MAX_ATTEMPTS * count) {
			Subnet subnet = next.get();
			attempts++;
			if (scored.containsKey(subnet) || fits(subnet)) {
				subnets.add(subnet);
			}
		}
		if (required && subnets.size() < count) {
			throw new SearchException("only " + subnets.size() + " of " + count + " subnets drawn in " + attempts
					+ " attempts meet the limits (" + limits.sramBytes() + " B SRAM, " + limits.flashBytes()
					+ " B Flash); loosen the constraints or lower the population");
		}
		return subnets;
	}

	private boolean fits(Subnet subnet) {
		evaluated++;
		Metrics metrics = evaluator.evaluateWithin(subnet, limits);
		if (metrics == null) {
			return false;
		}
		pending.put(subnet, metrics);
		return true;
	}

	/** Scores the subnets not scored before, once each, and returns all of them as candidates in order. */
	private List<Candidate> score(List<Subnet> subnets, SearchMonitor monitor) {
		List<Subnet> fresh = new ArrayList<>();
		List<Metrics> freshMetrics = new ArrayList<>();
		for (Subnet subnet : subnets) {
			if (!scored.containsKey(subnet) && !fresh.contains(subnet)) {
				fresh.add(subnet);
				freshMetrics.add(pending.get(subnet));
			}
		}
		double[] scores = objective.score(fresh, freshMetrics, monitor);
		for (int i = 0; i < fresh.size(); i++) {
			scored.put(fresh.get(i), new Candidate(fresh.get(i), freshMetrics.get(i), scores[i]));
		}
		pending.clear();
		List<Candidate> candidates = new ArrayList<>(subnets.size());
		for (Subnet subnet : subnets) {
			candidates.add(scored.get(subnet));
		}
		return candidates;
	}

	/** The population's best: the parents survive, so it is the best seen so far. */
	private static Candidate best(List<Candidate> population) {
		return population.stream().min(BEST_FIRST).orElseThrow();
	}

	private static <T> T pick(SplittableRandom random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}
}
