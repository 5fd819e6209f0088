package dev.tinyforge.nas.stage1;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.evaluate.CandidateEvaluator;
import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.Limits;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;
import dev.tinyforge.nas.space.SubnetSampler;

/**
 * Stage 1 of the search. Spaces are measured in parallel, each from a random stream of its own derived from
 * the seed and its index, so the result does not depend on the number of threads or their timing.
 */
public final class SpaceOptimizer {

	private final ElasticSpace space;
	private final SubnetSampler sampler;
	private final ThreadLocal<CandidateEvaluator> evaluators;
	private final int threads;

	public SpaceOptimizer(ElasticSpace space, LatencyEstimator latency, int threads) {
		this(space, latency, Double.NaN, threads);
	}

	/** @param patchOverhead the MAC overhead a patch plan may add (fraction), NaN to run layer by layer only */
	public SpaceOptimizer(ElasticSpace space, LatencyEstimator latency, double patchOverhead, int threads) {
		this.space = space;
		this.sampler = new SubnetSampler(space);
		this.evaluators = ThreadLocal.withInitial(() -> new CandidateEvaluator(space, latency, patchOverhead));
		this.threads = Math.max(1, threads);
	}

	/**
	 * @throws SearchException when no sampled subnet of any space fits
	 * @throws dev.tinyforge.nas.SearchCanceledException when the monitor cancels
	 */
	public SpaceRanking optimize(Limits limits, int samples, long seed, SearchMonitor monitor) {
		double[] widths = space.widths();
		int[] resolutions = space.resolutions();
		int count = widths.length * resolutions.length;
		SpaceStatistics[] statistics = new SpaceStatistics[count];
		monitor.begin("Stage 1: " + count + " spaces x " + samples + " subnets", count);
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			int batch = threads * 4;
			for (int from = 0; from < count; from += batch) {
				monitor.checkCanceled();
				int start = from;
				int end = Math.min(count, from + batch);
				pool.submit(() -> IntStream.range(start, end).parallel().forEach(index -> statistics[index] = measure(
						widths[index / resolutions.length], resolutions[index % resolutions.length], limits, samples,
						new SplittableRandom(mix(seed, index))))).get();
				monitor.worked(end - start);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SearchException("stage 1 interrupted");
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
		return new SpaceRanking(List.of(statistics), choose(statistics, limits));
	}

	private SpaceStatistics measure(double width, int resolution, Limits limits, int samples, SplittableRandom random) {
		CandidateEvaluator evaluator = evaluators.get();
		long[] macs = new long[samples];
		int fitting = 0;
		double sum = 0;
		for (int i = 0; i < samples; i++) {
			Subnet subnet = sampler.sample(random, width, resolution);
			Metrics metrics = evaluator.evaluateWithin(subnet, limits);
			if (metrics != null) {
				macs[fitting++] = metrics.macs();
				sum += metrics.macs();
			}
		}
		Arrays.sort(macs, 0, fitting);
		return new SpaceStatistics(width, resolution, samples, fitting, fitting == 0 ? 0 : sum / fitting,
				SpaceStatistics.cdf(macs, fitting));
	}

	/** The highest mean MACs of fitting subnets; the first on ties, so smaller widths and resolutions win. */
	private static int choose(SpaceStatistics[] statistics, Limits limits) {
		int best = -1;
		for (int i = 0; i < statistics.length; i++) {
			if (statistics[i].fitting() > 0
					&& (best < 0 || statistics[i].meanFittingMacs() > statistics[best].meanFittingMacs())) {
				best = i;
			}
		}
		if (best < 0) {
			throw new SearchException("no sampled subnet of any width and resolution fits " + limits.sramBytes()
					+ " B of SRAM and " + limits.flashBytes() + " B of Flash"
					+ (limits.constrainsLatency() ? " in " + limits.latencyMs() + " ms" : "")
					+ "; add smaller widths or resolutions, or loosen the constraints");
		}
		return best;
	}

	/** A well-spread seed per space (SplitMix64's finaliser), so neighbouring indices get unrelated streams. */
	static long mix(long seed, int index) {
		long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
