package dev.tinyforge.nas;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.tinyforge.nas.evaluate.CandidateEvaluator;
import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.evolution.EvolutionSettings;
import dev.tinyforge.nas.evolution.Objective;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.SubnetSampler;
import dev.tinyforge.nas.stage1.SpaceOptimizer;
import dev.tinyforge.nas.stage1.SpaceRanking;

/**
 * Figures of the architecture search, not a test: run {@link #main} by hand (releng/benchmarks/nas.sh). Prints
 * candidates evaluated per second (draw a subnet, build its graph, analyse and plan it) on 1 and on N threads,
 * the time of stage 1 over MCUNet's 108 spaces x 1000 samples, and a full two-stage search with Once-for-All's
 * defaults for an STM32F746 (320 KB SRAM, 1 MB Flash) and an STM32F412 (256 KB, 1 MB) in one run, the whole of
 * SRAM and Flash available to the network as in MCUNet's setting.
 */
public final class NasBenchmark {

	private static final long WARMUP_NANOS = 2_000_000_000L;
	private static final long MEASURE_NANOS = 3_000_000_000L;

	private NasBenchmark() {
	}

	public static void main(String[] args) throws InterruptedException {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
		ElasticSpace space = TestSpaces.mcunet108();
		System.out.printf(Locale.ROOT, "space: %d widths x %d resolutions, 5 stages, %d block slots, %d classes%n",
				space.widths().length, space.resolutions().length, space.slotCount(), space.classes());
		throughput(space, 1);
		throughput(space, threads);

		DeviceTarget f746 = TestSpaces.stm32f746(0, 0);
		SpaceOptimizer stage1 = new SpaceOptimizer(space, LatencyEstimator.NONE, threads);
		stage1.optimize(f746.limits(), 1000, 1, SearchMonitor.NONE); // warm-up
		for (int run = 1; run <= 3; run++) {
			long start = System.nanoTime();
			long cpuStart = processCpuNanos();
			SpaceRanking ranking = stage1.optimize(f746.limits(), 1000, run, SearchMonitor.NONE);
			System.out.printf(Locale.ROOT,
					"stage 1, 108 spaces x 1000 samples, %d threads: %.2f s wall, %.2f s of CPU = %.2f s on %d free "
							+ "cores (chosen: width %.1f, resolution %d, %.1f%% fit, mean %.1f M MACs)%n",
					threads, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9,
					(processCpuNanos() - cpuStart) / 1e9 / threads, threads, ranking.best().width(),
					ranking.best().resolution(), 100 * ranking.best().fittingFraction(),
					ranking.best().meanFittingMacs() / 1e6);
		}

		long start = System.nanoTime();
		List<DeviceResult> results = new ArchitectureSearch(space, EvolutionSettings.DEFAULTS, Objective.MACS, threads)
				.run(List.of(f746, TestSpaces.stm32f412(0, 0)), SearchMonitor.NONE);
		System.out.printf(Locale.ROOT, "full search (stage 1 + %d generations of %d), 2 devices: %.1f s%n",
				EvolutionSettings.DEFAULTS.generations(), EvolutionSettings.DEFAULTS.population(),
				(System.nanoTime() - start) / 1e9);
		for (DeviceResult result : results) {
			Candidate best = result.best();
			System.out.printf(Locale.ROOT, "  %s: %.1f M MACs, peak SRAM %,d B (%.1f KiB), Flash %,d B (%.1f KiB), "
					+ "latency %s, %d subnets analysed, Pareto front %d: %s%n", result.device().name(),
					best.metrics().macs() / 1e6, best.metrics().sramBytes(), best.metrics().sramBytes() / 1024.0,
					best.metrics().flashBytes(), best.metrics().flashBytes() / 1024.0,
					Double.isNaN(best.metrics().latencyMs()) ? "unknown"
							: String.format(Locale.ROOT, "%.0f ms", best.metrics().latencyMs()),
					result.evaluated(), result.pareto().size(), best.subnet().key());
		}
	}

	/** CPU time of the whole process: the machine may be shared, so wall time alone understates the search. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	private static void throughput(ElasticSpace space, int threads) throws InterruptedException {
		AtomicLong total = new AtomicLong();
		AtomicLong cpu = new AtomicLong();
		AtomicLong sink = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		long[] window = new long[2];
		for (int t = 0; t < threads; t++) {
			int seed = t;
			workers.add(new Thread(() -> {
				SubnetSampler sampler = new SubnetSampler(space);
				CandidateEvaluator evaluator = new CandidateEvaluator(space, LatencyEstimator.NONE);
				SplittableRandom random = new SplittableRandom(seed);
				long warmEnd = System.nanoTime() + WARMUP_NANOS;
				while (System.nanoTime() < warmEnd) {
					sink.addAndGet(evaluate(sampler, evaluator, random, space));
				}
				long count = 0;
				long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				long end = System.nanoTime() + MEASURE_NANOS;
				while (System.nanoTime() < end) {
					for (int i = 0; i < 100; i++) {
						sink.addAndGet(evaluate(sampler, evaluator, random, space));
					}
					count += 100;
				}
				total.addAndGet(count);
				cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
			}));
		}
		workers.forEach(Thread::start);
		for (Thread worker : workers) {
			worker.join();
		}
		double perCpuSecond = total.get() / (cpu.get() / 1e9);
		System.out.printf(Locale.ROOT, "candidates evaluated per second on %d thread%s: %,.0f wall; %,.0f per CPU"
				+ " second, so %,.0f on %d free cores (checksum %d)%n", threads, threads == 1 ? "" : "s",
				total.get() / (MEASURE_NANOS / 1e9), perCpuSecond, perCpuSecond * threads, threads, sink.get() & 0xff);
	}

	private static long evaluate(SubnetSampler sampler, CandidateEvaluator evaluator, SplittableRandom random,
			ElasticSpace space) {
		Metrics metrics = evaluator.evaluate(sampler.sample(random, space.width(random.nextInt(space.widths().length)),
				space.resolution(random.nextInt(space.resolutions().length))));
		return metrics.sramBytes();
	}
}
