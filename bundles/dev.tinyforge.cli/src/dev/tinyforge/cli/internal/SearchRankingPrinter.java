package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.run.SearchRun;
import dev.tinyforge.nas.stage1.SpaceStatistics;

/**
 * The ranking of a search on the console: per device the best (width, resolution) spaces of stage 1, the winner
 * of stage 2 and the Pareto front.
 */
final class SearchRankingPrinter {

	/** Spaces and front members shown per device; the JSON report has all. */
	private static final int SHOWN = 5;

	private SearchRankingPrinter() {
	}

	static void print(SearchRun run, PrintStream out) {
		for (DeviceResult result : run.devices()) {
			out.printf(Locale.ROOT, "search %s on %s (SRAM %s, Flash %s), objective %s%n", run.name(),
					result.device().name(), Numbers.bytes(result.device().limits().sramBytes()),
					Numbers.bytes(result.device().limits().flashBytes()), run.objective());
			out.println("  stage 1: spaces by mean MACs of the subnets that fit");
			List<SpaceStatistics> spaces = result.spaces().spaces().stream()
					.sorted(Comparator.comparingDouble(SpaceStatistics::meanFittingMacs).reversed()).limit(SHOWN)
					.toList();
			for (SpaceStatistics space : spaces) {
				out.printf(Locale.ROOT, "    width %.2f  resolution %3d  fits %5.1f%%  mean %s MACs%s%n",
						space.width(), space.resolution(), 100 * space.fittingFraction(),
						Numbers.grouped((long) space.meanFittingMacs()),
						space == result.spaces().best() ? "  <- chosen" : "");
			}
			out.println("  stage 2: best subnet, then the Pareto front (objective, peak SRAM, latency)");
			out.println("    " + line(result.best()));
			for (Candidate candidate : result.pareto().subList(1, Math.min(SHOWN, result.pareto().size()))) {
				out.println("    " + line(candidate));
			}
			out.printf(Locale.ROOT, "    (%d subnets analysed, %d on the front)%n", result.evaluated(),
					result.pareto().size());
		}
	}

	private static String line(Candidate candidate) {
		double latency = candidate.metrics().latencyMs();
		PatchPlan patches = candidate.metrics().patches();
		return String.format(Locale.ROOT, "score %s  MACs %s  SRAM %s  Flash %s%s%s  %s", score(candidate.score()),
				Numbers.grouped(candidate.metrics().macs()), Numbers.bytes(candidate.metrics().sramBytes()),
				Numbers.bytes(candidate.metrics().flashBytes()),
				Double.isNaN(latency) ? "" : String.format(Locale.ROOT, "  %.1f ms", latency),
				patches == null ? "" : String.format(Locale.ROOT, "  patches %dx%d until #%d", patches.rows(),
						patches.columns(), patches.splitOp()),
				candidate.subnet().key());
	}

	private static String score(double score) {
		return score == Math.rint(score) && Math.abs(score) < 1e15 ? Numbers.grouped((long) score)
				: String.format(Locale.ROOT, "%.4f", score);
	}
}
