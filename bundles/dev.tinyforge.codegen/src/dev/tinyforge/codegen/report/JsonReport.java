package dev.tinyforge.codegen.report;

import java.util.List;
import java.util.Locale;

import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.codegen.LayerReport;

/** {@code <prefix>_report.json}: the numbers of the text report, for tools. */
public final class JsonReport {

	private JsonReport() {
	}

	/** @param patches the patch phase, null when every layer runs on its whole map (then {@code "patches": null}) */
	public static String write(String model, String target, List<LayerReport> layers, long arenaBytes,
			long weightBytes, PatchPhase patches) {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"model\": ").append(string(model)).append(",\n");
		json.append("  \"target\": ").append(string(target)).append(",\n");
		json.append("  \"arena_bytes\": ").append(arenaBytes).append(",\n");
		json.append("  \"weight_bytes\": ").append(weightBytes).append(",\n");
		json.append("  \"total_macs\": ").append(layers.stream().mapToLong(LayerReport::macs).sum()).append(",\n");
		json.append("  \"patches\": ").append(patches(patches)).append(",\n");
		json.append("  \"layers\": [");
		for (int i = 0; i < layers.size(); i++) {
			LayerReport l = layers.get(i);
			json.append(i == 0 ? "\n" : ",\n").append("    {\"index\": ").append(l.index())
					.append(", \"op\": ").append(string(l.op())).append(", \"name\": ").append(string(l.name()))
					.append(", \"kernel\": ").append(string(l.kernel())).append(", \"output_shape\": ")
					.append(string(l.outputShape())).append(", \"macs\": ").append(l.macs())
					.append(", \"weight_bytes\": ").append(l.weightBytes()).append(", \"output_offset\": ")
					.append(l.outputOffset()).append(", \"output_bytes\": ").append(l.outputBytes())
					.append(", \"scratch_offset\": ").append(l.scratchOffset()).append(", \"scratch_bytes\": ")
					.append(l.scratchBytes()).append(", \"phase\": ").append(string(l.patched() ? "patch" : "layer"))
					.append(", \"fused_into\": ").append(l.fusedInto() < 0 ? "null" : String.valueOf(l.fusedInto()))
					.append('}');
		}
		return json.append("\n  ]\n}\n").toString();
	}

	private static String patches(PatchPhase patches) {
		if (patches == null) {
			return "null";
		}
		PatchPlan plan = patches.plan();
		return String.format(Locale.ROOT, "{\"rows\": %d, \"columns\": %d, \"first_layer\": %d, \"split_layer\": %d, "
				+ "\"executed_macs\": %d, \"extra_macs\": %d, \"mac_overhead_percent\": %.3f}", plan.rows(),
				plan.columns(), plan.firstOp(), plan.splitOp(), patches.executedMacs(), patches.extraMacs(),
				100 * patches.macOverhead());
	}

	private static String string(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			if (ch == '"' || ch == '\\') {
				quoted.append('\\').append(ch);
			} else if (ch < 0x20) {
				quoted.append(String.format("\\u%04x", (int) ch));
			} else {
				quoted.append(ch);
			}
		}
		return quoted.append('"').toString();
	}
}
