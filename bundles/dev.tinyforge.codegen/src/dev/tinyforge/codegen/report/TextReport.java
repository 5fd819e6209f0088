package dev.tinyforge.codegen.report;

import java.util.List;

import dev.tinyforge.codegen.LayerReport;

/** {@code <prefix>_report.txt}: one line per layer with its cost and arena window, then the totals. */
public final class TextReport {

	private TextReport() {
	}

	public static String write(String title, List<LayerReport> layers, long arenaBytes, long weightBytes) {
		StringBuilder text = new StringBuilder(title).append("\n\n");
		String format = "%4s  %-18s %-28s %-12s %12s %10s  %-22s %s%n";
		text.append(String.format(format, "#", "op", "name", "output", "MACs", "weights", "arena window", "scratch"));
		long macs = 0;
		for (LayerReport layer : layers) {
			macs += layer.macs();
			String window = "[" + layer.outputOffset() + ", " + (layer.outputOffset() + layer.outputBytes()) + ")";
			String scratch = layer.scratchBytes() == 0 ? "-"
					: layer.scratchBytes() + " B at " + layer.scratchOffset();
			text.append(String.format(format, layer.index(), layer.op(), shorten(layer.name()), layer.outputShape(),
					layer.macs(), layer.weightBytes(), window, scratch));
		}
		text.append(String.format("%ntotal: %d layers, %d MACs, %d bytes of constants (Flash), arena %d bytes (SRAM)%n",
				layers.size(), macs, weightBytes, arenaBytes));
		return text.toString();
	}

	private static String shorten(String name) {
		return name.length() <= 28 ? name : name.substring(0, 25) + "...";
	}
}
