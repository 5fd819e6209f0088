package dev.tinyforge.cli.internal;

import static dev.tinyforge.cli.internal.Numbers.bytes;
import static dev.tinyforge.cli.internal.Numbers.grouped;
import static dev.tinyforge.cli.internal.Numbers.kib;
import static dev.tinyforge.cli.internal.TextTable.Align.LEFT;
import static dev.tinyforge.cli.internal.TextTable.Align.RIGHT;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tinyforge.cli.report.AnalysisReport;
import dev.tinyforge.cli.report.FitReport;
import dev.tinyforge.cli.report.LayerRow;
import dev.tinyforge.cli.report.MemoryFit;
import dev.tinyforge.cli.report.NetworkReport;
import dev.tinyforge.cli.report.PatchReport;
import dev.tinyforge.cli.report.Totals;

/**
 * Prints an {@link AnalysisReport} for people: per deployment (or network) a table of its operators, its totals
 * and, for a deployment, how its SRAM and Flash compare with the device's.
 */
final class AnalysisReportPrinter {

	private static final String PEAK_MARKER = "<- peak";

	private static final String PATCH_MARKER = "patch";

	private static final String INDENT = "  ";

	private AnalysisReportPrinter() {
	}

	static void print(AnalysisReport report, PrintStream out) {
		if (report.analyses().isEmpty() && !report.hasErrors()) {
			out.println(report.file() + ": no deployment or network to analyse");
		}
		for (int i = 0; i < report.analyses().size(); i++) {
			if (i > 0) {
				out.println();
			}
			print(report.analyses().get(i), out);
		}
	}

	private static void print(NetworkReport network, PrintStream out) {
		out.println(title(network));
		for (String problem : network.problems()) {
			out.println(INDENT + "not analysed: " + problem);
		}
		if (network.analyzed()) {
			out.println();
			layers(network.layers()).print(out, INDENT);
			out.println();
			totals(network).print(out, INDENT);
		}
		if (network.verdict() != null) {
			out.println();
			fit(network.verdict()).print(out, INDENT);
			out.println(INDENT + "=> " + verdict(network.verdict()));
		}
	}

	private static String title(NetworkReport network) {
		if (!network.isDeployment()) {
			return "network " + network.network();
		}
		String title = "deploy " + network.network() + " on " + network.device();
		return network.deviceDescription() == null ? title : title + " (" + network.deviceDescription() + ")";
	}

	private static TextTable layers(List<LayerRow> layers) {
		TextTable table = new TextTable(RIGHT, LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT);
		table.row("#", "layer", "origin", "op", "output", "MACs", "weights B", "scratch B", "live B", "");
		for (LayerRow layer : layers) {
			table.row(String.valueOf(layer.step()), layer.name(), layer.origin(), layer.op(), layer.output(),
					grouped(layer.macs()), grouped(layer.weightBytes()), grouped(layer.scratchBytes()),
					grouped(layer.liveBytes()), marker(layer));
		}
		return table;
	}

	/**
	 * Patch-phase rows are marked: their live and scratch bytes are one patch's; so are fused rows: their output
	 * is never written.
	 */
	private static String marker(LayerRow layer) {
		String phase = layer.patched() ? PATCH_MARKER : layer.fusedInto() >= 0 ? "fused into #" + layer.fusedInto() : "";
		return layer.peak() ? (phase + " " + PEAK_MARKER).trim() : phase;
	}

	private static TextTable totals(NetworkReport network) {
		Totals totals = network.totals();
		TextTable table = new TextTable(LEFT, LEFT);
		table.row("MACs", grouped(totals.macs()));
		table.row("params", grouped(totals.params()));
		table.row("weights (Flash)", bytes(totals.weightBytes()));
		table.row("arena (SRAM)", bytes(totals.arenaBytes()));
		network.peakLayer().ifPresent(peak -> table.row("peak",
				bytes(totals.peakLiveBytes()) + " live at #" + peak.step() + " " + peak.name()));
		PatchReport patches = network.patches();
		if (patches != null) {
			table.row("patches", patches.grid() + " over #" + patches.firstStep() + "..#" + patches.splitStep() + " (until "
					+ patches.splitLayer() + "), " + grouped(patches.extraMacs()) + " MACs recomputed, "
					+ String.format(Locale.ROOT, "%.1f%%", patches.overheadPercent()) + " overhead");
		}
		return table;
	}

	private static TextTable fit(FitReport verdict) {
		TextTable table = new TextTable(LEFT, RIGHT, RIGHT, LEFT, LEFT);
		table.row("SRAM", needed(verdict.sram()), available(verdict.sram()), reserve(verdict.sram()),
				status(verdict.sram()));
		table.row("Flash", needed(verdict.flash()), available(verdict.flash()), reserve(verdict.flash()),
				status(verdict.flash()));
		return table;
	}

	private static String needed(MemoryFit fit) {
		return grouped(fit.neededBytes()) + " B needed";
	}

	private static String available(MemoryFit fit) {
		return grouped(fit.availableBytes()) + " B available";
	}

	private static String reserve(MemoryFit fit) {
		return "(" + kib(fit.sizeBytes()) + " - " + kib(fit.reserveBytes()) + " reserve)";
	}

	private static String status(MemoryFit fit) {
		return fit.fits() ? "ok" : grouped(fit.overBytes()) + " B over";
	}

	private static String verdict(FitReport verdict) {
		if (verdict.fits()) {
			return "FITS";
		}
		List<String> overs = new ArrayList<>();
		if (!verdict.sram().fits()) {
			overs.add("SRAM " + grouped(verdict.sram().overBytes()) + " B over");
		}
		if (!verdict.flash().fits()) {
			overs.add("Flash " + grouped(verdict.flash().overBytes()) + " B over");
		}
		return "DOES NOT FIT: " + String.join(", ", overs);
	}
}
