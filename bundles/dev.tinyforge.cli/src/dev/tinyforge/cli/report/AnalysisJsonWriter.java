package dev.tinyforge.cli.report;

import java.io.IOException;

import com.google.gson.stream.JsonWriter;

/**
 * Writes an {@link AnalysisReport} as one JSON document, the form tools and the Eclipse UI read. The field names
 * are a contract: add fields, never rename or remove one without raising {@code formatVersion}. Sizes are bytes,
 * positions 1-based, steps 0-based. Fields marked optional are left out rather than written as null.
 *
 * <pre>
 * {
 *   "formatVersion": 1,
 *   "file": "example-projects/person-detection/person-detect.tinyml",   // as the user named it
 *   "passed": true,                         // no errors, all analysed, all deployments fit: exit code 0
 *   "diagnostics": [
 *     { "severity": "error",                // "error", "warning" or "info"
 *       "file": "...", "line": 4, "column": 8, "message": "..." }
 *   ],
 *   "analyses": [                           // one per deployment, or per network when the file deploys none;
 *                                           // a .tflite model's one network, named after the file
 *     { "network": "person_detect",
 *       "device": "stm32f746g_disco",       // optional: deployments only
 *       "deviceDescription": "...",         // optional: devices with a description only
 *       "analyzed": true,
 *       "problems": [],                     // why it was not analysed; empty when analyzed
 *       "layers": [                         // one per IR operator in execution order; empty when not analyzed
 *         { "step": 0, "name": "conv1", "origin": "conv1", "op": "CONV_2D", "output": "48x48x8",
 *           "macs": 165888, "params": 80, "weightBytes": 104, "scratchBytes": 36, "liveBytes": 27684,
 *           "peak": false,                  // true on the one step with the most live bytes
 *           "phase": "layer" },             // "patch" when it runs patch by patch: live and scratch of one patch
 *         ...
 *       ],
 *       "totals": {                         // optional: analyzed only
 *         "macs": 7157888, "params": 210706, "weightBytes": 218920,
 *         "arenaBytes": 55296,              // the planned SRAM arena
 *         "peakLiveBytes": 55296, "peakStep": 2 },
 *       "verdict": {                        // optional: analyzed deployments only
 *         "fits": true,
 *         "sram": { "neededBytes": 55296, "sizeBytes": 327680, "reserveBytes": 65536, "availableBytes": 262144,
 *                   "overBytes": 0, "fits": true },
 *         "flash": { ...the same fields... } },
 *       "patches": {                        // optional: deployments that run a patch phase only
 *         "rows": 4, "columns": 4, "firstStep": 0, "splitStep": 7, "splitLayer": "...",
 *         "executedMacs": 1500000,          // the patch phase's MACs over all patches
 *         "extraMacs": 230000,              // recomputed in overlapping halos
 *         "macOverheadPercent": 3.2 } }     // extraMacs in percent of the network's MACs
 *   ]
 * }
 * </pre>
 */
public final class AnalysisJsonWriter {

	/** Raised when a field is added, renamed or removed in a way readers of the older form would misread. */
	public static final int FORMAT_VERSION = 1;

	private AnalysisJsonWriter() {
	}

	/** The report as an indented JSON document, without a trailing newline. */
	public static String toJson(AnalysisReport report) {
		return JsonDocuments.of(json -> write(report, json));
	}

	private static void write(AnalysisReport report, JsonWriter json) throws IOException {
		JsonDocuments.beginReport(json, FORMAT_VERSION, report.file(), report.passed(), report.diagnostics());
		json.name("analyses").beginArray();
		for (NetworkReport network : report.analyses()) {
			write(network, json);
		}
		json.endArray();
		json.endObject();
	}

	/** Also the diagnostics of {@link TrainingJsonWriter}. */
	private static void write(NetworkReport network, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("network").value(network.network());
		if (network.device() != null) {
			json.name("device").value(network.device());
		}
		if (network.deviceDescription() != null) {
			json.name("deviceDescription").value(network.deviceDescription());
		}
		json.name("analyzed").value(network.analyzed());
		json.name("problems").beginArray();
		for (String problem : network.problems()) {
			json.value(problem);
		}
		json.endArray();
		json.name("layers").beginArray();
		for (LayerRow layer : network.layers()) {
			write(layer, json);
		}
		json.endArray();
		if (network.totals() != null) {
			write(network.totals(), json);
		}
		if (network.verdict() != null) {
			write(network.verdict(), json);
		}
		if (network.patches() != null) {
			write(network.patches(), json);
		}
		json.endObject();
	}

	private static void write(LayerRow layer, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("step").value(layer.step());
		json.name("name").value(layer.name());
		json.name("origin").value(layer.origin());
		json.name("op").value(layer.op());
		json.name("output").value(layer.output());
		json.name("macs").value(layer.macs());
		json.name("params").value(layer.params());
		json.name("weightBytes").value(layer.weightBytes());
		json.name("scratchBytes").value(layer.scratchBytes());
		json.name("liveBytes").value(layer.liveBytes());
		json.name("peak").value(layer.peak());
		json.name("phase").value(layer.patched() ? "patch" : "layer");
		if (layer.fusedInto() >= 0) {
			json.name("fusedInto").value(layer.fusedInto());
		}
		json.endObject();
	}

	private static void write(Totals totals, JsonWriter json) throws IOException {
		json.name("totals").beginObject();
		json.name("macs").value(totals.macs());
		json.name("params").value(totals.params());
		json.name("weightBytes").value(totals.weightBytes());
		json.name("arenaBytes").value(totals.arenaBytes());
		json.name("peakLiveBytes").value(totals.peakLiveBytes());
		json.name("peakStep").value(totals.peakStep());
		json.endObject();
	}

	private static void write(PatchReport patches, JsonWriter json) throws IOException {
		json.name("patches").beginObject();
		json.name("rows").value(patches.rows());
		json.name("columns").value(patches.columns());
		json.name("firstStep").value(patches.firstStep());
		json.name("splitStep").value(patches.splitStep());
		json.name("splitLayer").value(patches.splitLayer());
		json.name("executedMacs").value(patches.executedMacs());
		json.name("extraMacs").value(patches.extraMacs());
		json.name("macOverheadPercent").value(patches.overheadPercent());
		json.endObject();
	}

	private static void write(FitReport verdict, JsonWriter json) throws IOException {
		json.name("verdict").beginObject();
		json.name("fits").value(verdict.fits());
		write("sram", verdict.sram(), json);
		write("flash", verdict.flash(), json);
		json.endObject();
	}

	private static void write(String memory, MemoryFit fit, JsonWriter json) throws IOException {
		json.name(memory).beginObject();
		json.name("neededBytes").value(fit.neededBytes());
		json.name("sizeBytes").value(fit.sizeBytes());
		json.name("reserveBytes").value(fit.reserveBytes());
		json.name("availableBytes").value(fit.availableBytes());
		json.name("overBytes").value(fit.overBytes());
		json.name("fits").value(fit.fits());
		json.endObject();
	}
}
