package dev.tinyforge.analysis;

import dev.tinyforge.analysis.graph.LayerGraph;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Throughput of the analysis core on one thread, for the architecture search's budget of tens of
 * thousands of candidates per second. Not a test: run {@link #main} by hand, optionally with the
 * seconds to measure each case (default 3). Prints analyses per second of a prebuilt MCUNet-like
 * graph, of building that graph with a reused builder and analysing it, and of random graphs, whose
 * plans rarely reach the lower bound, so that every planner heuristic runs; plus the garbage
 * collections during each measurement, which stay at or near 0 when the hot path does not allocate.
 */
public final class AnalysisBenchmark {

	private static final long WARMUP_NANOS = 2_000_000_000L;
	private static final int BATCH = 1_000;
	private static final int RANDOM_GRAPHS = 256;

	private AnalysisBenchmark() {
	}

	public static void main(String[] args) {
		long measureNanos = (long) ((args.length > 0 ? Double.parseDouble(args[0]) : 3.0) * 1e9);
		LayerGraph.Builder builder = new LayerGraph.Builder();
		LayerGraph graph = TestNetworks.mcunetLike(builder);
		NetworkAnalyzer analyzer = new NetworkAnalyzer();
		NetworkAnalysis result = new NetworkAnalysis();
		analyzer.analyze(graph, result);
		System.out.printf("MCUNet-like graph: %d operators, %d tensors, %,d MACs, %,d weight bytes, arena %,d bytes"
				+ " (max live %,d at '%s')%n", graph.opCount(), graph.tensorCount(), result.totalMacs(),
				result.totalWeightBytes(), result.arenaBytes(), result.maxLiveBytes(), graph.opName(result.peakStep()));

		long sink = measure("analyze", measureNanos, () -> {
			analyzer.analyze(graph, result);
			return result.arenaBytes();
		});
		sink += measure("build graph + analyze", measureNanos, () -> {
			analyzer.analyze(TestNetworks.mcunetLike(builder), result);
			return result.arenaBytes();
		});
		LayerGraph[] randomGraphs = new LayerGraph[RANDOM_GRAPHS];
		for (int seed = 0; seed < RANDOM_GRAPHS; seed++) {
			randomGraphs[seed] = RandomGraphs.build(new Random(seed), builder);
		}
		int[] next = {0};
		sink += measure("analyze random graphs", measureNanos, () -> {
			analyzer.analyze(randomGraphs[next[0]++ % RANDOM_GRAPHS], result);
			return result.arenaBytes();
		});
		System.out.println("(checksum " + sink + ")");
	}

	/** Warms up, then runs batches for the given time; returns a checksum that keeps the work alive. */
	private static long measure(String label, long measureNanos, LongSupplier work) {
		long sink = runFor(WARMUP_NANOS, work)[1];
		long collections = collections();
		long start = System.nanoTime();
		long[] runsAndSink = runFor(measureNanos, work);
		long elapsed = System.nanoTime() - start;
		double perSecond = runsAndSink[0] * 1e9 / elapsed;
		System.out.printf("%-22s %,12.0f per second  %7.2f us each  %d GCs%n", label, perSecond, 1e6 / perSecond,
				collections() - collections);
		return sink + runsAndSink[1];
	}

	private static long[] runFor(long nanos, LongSupplier work) {
		long runs = 0;
		long sink = 0;
		long end = System.nanoTime() + nanos;
		while (System.nanoTime() < end) {
			for (int i = 0; i < BATCH; i++) {
				sink += work.getAsLong();
			}
			runs += BATCH;
		}
		return new long[] {runs, sink};
	}

	private static long collections() {
		long sum = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			sum += Math.max(0, gc.getCollectionCount());
		}
		return sum;
	}
}
