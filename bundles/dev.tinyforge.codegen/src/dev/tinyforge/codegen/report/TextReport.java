package dev.tinyforge.codegen.report;

import java.util.List;
import java.util.Locale;

import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.codegen.LayerReport;

/** {@code <prefix>_report.txt}: one line per layer with its cost and arena window, then the totals. */
public final class TextReport {

	private TextReport() {
	}

	/** @param patches the patch phase, null when every layer runs on its whole map */
	public static String write(String title, List<LayerReport> layers, long arenaBytes, long weightBytes,
			PatchPhase patches) {
		StringBuilder text = new StringBuilder(title).append("\n\n");
		String format = "%4s  %-18s %-28s %-12s %12s %10s  %-22s %-16s %s%n";
		text.append(String.format(format, "#", "op", "name", "output", "MACs", "weights", "arena window", "scratch",
				"phase"));
		long macs = 0;
		for (LayerReport layer : layers) {
			macs += layer.macs();
			String window = layer.fusedInto() >= 0 ? "fused into #" + layer.fusedInto()
					: "[" + layer.outputOffset() + ", " + (layer.outputOffset() + layer.outputBytes()) + ")";
			String scratch = layer.scratchBytes() == 0 ? "-"
					: layer.scratchBytes() + " B at " + layer.scratchOffset();
			text.append(String.format(format, layer.index(), layer.op(), shorten(layer.name()), layer.outputShape(),
					layer.macs(), layer.weightBytes(), window, scratch, layer.patched() ? "patch" : "layer"));
		}
		text.append(String.format("%ntotal: %d layers, %d MACs, %d bytes of constants (Flash), arena %d bytes (SRAM)%n",
				layers.size(), macs, weightBytes, arenaBytes));
		if (patches != null) {
			PatchPlan plan = patches.plan();
			text.append(String.format(Locale.ROOT,
					"patches: %dx%d over layers %d..%d, each layer's arena window and scratch one patch's; %d MACs run, "
							+ "%d of them recomputed halos, %.1f%% more than layer by layer%n",
					plan.rows(), plan.columns(), plan.firstOp(), plan.splitOp(), patches.executedMacs(),
					patches.extraMacs(), 100 * patches.macOverhead()));
		}
		return text.toString();
	}

	private static String shorten(String name) {
		return name.length() <= 28 ? name : name.substring(0, 25) + "...";
	}
}
