package dev.tinyforge.cli.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.google.gson.stream.JsonWriter;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.training.SchemeComparison;
import dev.tinyforge.analysis.training.TrainingMemory;
import dev.tinyforge.analysis.training.TrainingSetup;

/**
 * Writes a {@link TrainingAnalysisReport} as one JSON document, with the numbers of the text report, for tools and
 * the UI's charts (training memory per layer, schemes side by side). The field names are a contract, as those of
 * {@link AnalysisJsonWriter}. Sizes are bytes.
 *
 * <pre>
 * {
 *   "formatVersion": 1, "file": "...", "passed": true,
 *   "diagnostics": [ ...as in AnalysisJsonWriter... ],
 *   "trainings": [
 *     { "network": "mbv2",
 *       "setup": { "scheme": "bias-only + lite-residual", "downsample": 2, "groups": 2, "expand": 1, "kernel": 5,
 *                  "layers": [],            // the named layers of a "layers" scheme
 *                  "batch": 1, "optimizer": "sgd", "weights": "fp32", "activations": "fp32" },
 *       "analyzed": true, "problems": [],
 *       "layers": [                         // one per operator, execution order; empty when not analysed
 *         { "step": 0, "name": "conv1", "origin": "conv1", "op": "CONV_2D", "updatesWeights": false,
 *           "updatesBias": true, "keptActivationBytes": 4096, "parameterBytes": 32, "gradientBytes": 32,
 *           "optimizerStateBytes": 0, "liteResidualBytes": 0,
 *           "forwardLiveBytes": 9000, "backwardLiveBytes": 8000 }, ... ],
 *       "totals": { ...the chosen scheme, fields as in "schemes"... },   // optional: analysed only
 *       "schemes": [                        // full, last-layer, bias-only, bias-only + lite-residual[, the chosen]
 *         { "scheme": "full", "parameterBytes": 0, "gradientBytes": 0, "optimizerStateBytes": 0,
 *           "keptActivationBytes": 0, "liteResidualBytes": 0, "liteResidualModules": 0,
 *           "frozenWeightBytes": 0,         // Flash
 *           "peakBytes": 0, "arenaBytes": 0, "peakPhase": "backward", "peakLayer": "conv2",  // "" at the update
 *           "fullOverThis": 1.0 }, ... ],   // how many times less than full fine-tuning
 *       "batchScaling": [ { "batch": 1, "peakBytes": 0 }, ... ] }   // the chosen scheme
 *   ]
 * }
 * </pre>
 */
public final class TrainingJsonWriter {

	public static final int FORMAT_VERSION = 1;

	private TrainingJsonWriter() {
	}

	/** The report as an indented JSON document, without a trailing newline. */
	public static String toJson(TrainingAnalysisReport report) {
		return JsonDocuments.of(json -> write(report, json));
	}

	private static void write(TrainingAnalysisReport report, JsonWriter json) throws IOException {
		JsonDocuments.beginReport(json, FORMAT_VERSION, report.file(), report.passed(), report.diagnostics());
		json.name("trainings").beginArray();
		for (TrainingReport training : report.trainings()) {
			write(training, json);
		}
		json.endArray();
		json.endObject();
	}

	private static void write(TrainingReport training, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("network").value(training.network());
		write(training.setup(), json);
		json.name("analyzed").value(training.analyzed());
		json.name("problems").beginArray();
		for (String problem : training.problems()) {
			json.value(problem);
		}
		json.endArray();
		json.name("layers").beginArray();
		if (training.analyzed()) {
			writeLayers(training.graph(), training.chosen(), json);
		}
		json.endArray();
		if (training.analyzed()) {
			json.name("totals");
			write(training.graph(), training.chosen(), training.full(), json);
			json.name("schemes").beginArray();
			for (TrainingMemory scheme : training.schemes()) {
				write(training.graph(), scheme, training.full(), json);
			}
			json.endArray();
			writeBatchScaling(training.batchScaling(), json);
		}
		json.endObject();
	}

	private static void write(TrainingSetup setup, JsonWriter json) throws IOException {
		json.name("setup").beginObject();
		json.name("scheme").value(setup.scheme().kind().word());
		if (setup.scheme().liteResidual() != null) {
			json.name("downsample").value(setup.scheme().liteResidual().downsample());
			json.name("groups").value(setup.scheme().liteResidual().groups());
			json.name("expand").value(setup.scheme().liteResidual().expand());
			json.name("kernel").value(setup.scheme().liteResidual().kernel());
		}
		json.name("layers").beginArray();
		for (String layer : setup.scheme().layers()) {
			json.value(layer);
		}
		json.endArray();
		json.name("batch").value(setup.batch());
		json.name("optimizer").value(TrainingWords.optimizer(setup.optimizer()));
		json.name("weights").value(TrainingWords.precision(setup.weights()));
		json.name("activations").value(TrainingWords.precision(setup.activations()));
		json.endObject();
	}

	private static void writeLayers(LayerGraph graph, TrainingMemory memory, JsonWriter json) throws IOException {
		for (int op = 0; op < graph.opCount(); op++) {
			json.beginObject();
			json.name("step").value(op);
			json.name("name").value(graph.opName(op));
			json.name("origin").value(graph.opOrigin(op));
			json.name("op").value(graph.opKind(op).name());
			json.name("updatesWeights").value(memory.updatesWeights(op));
			json.name("updatesBias").value(memory.updatesBias(op));
			json.name("keptActivationBytes").value(memory.keptActivationBytes(op));
			json.name("parameterBytes").value(memory.parameterBytes(op));
			json.name("gradientBytes").value(memory.gradientBytes(op));
			json.name("optimizerStateBytes").value(memory.optimizerStateBytes(op));
			json.name("liteResidualBytes").value(memory.liteResidualBytes(op));
			json.name("forwardLiveBytes").value(memory.forwardLiveBytes(op));
			json.name("backwardLiveBytes").value(memory.backwardLiveBytes(op));
			json.endObject();
		}
	}

	private static void write(LayerGraph graph, TrainingMemory memory, TrainingMemory full, JsonWriter json)
			throws IOException {
		json.beginObject();
		json.name("scheme").value(memory.setup().scheme().label());
		json.name("parameterBytes").value(memory.totalParameterBytes());
		json.name("gradientBytes").value(memory.totalGradientBytes());
		json.name("optimizerStateBytes").value(memory.totalOptimizerStateBytes());
		json.name("keptActivationBytes").value(memory.totalKeptActivationBytes());
		json.name("liteResidualBytes").value(memory.totalLiteResidualBytes());
		json.name("liteResidualModules").value(memory.liteResidualModules());
		json.name("frozenWeightBytes").value(memory.frozenWeightBytes());
		json.name("peakBytes").value(memory.peakBytes());
		json.name("arenaBytes").value(memory.arenaBytes());
		json.name("peakPhase").value(memory.peakPhase().name().toLowerCase(Locale.ROOT));
		json.name("peakLayer").value(memory.peakOp() < 0 ? "" : graph.opName(memory.peakOp()));
		json.name("fullOverThis").value(full.peakBytes() / (double) memory.peakBytes());
		json.endObject();
	}

	private static void writeBatchScaling(List<Long> peaks, JsonWriter json) throws IOException {
		json.name("batchScaling").beginArray();
		for (int i = 0; i < peaks.size(); i++) {
			json.beginObject();
			json.name("batch").value(SchemeComparison.BATCHES.get(i));
			json.name("peakBytes").value(peaks.get(i));
			json.endObject();
		}
		json.endArray();
	}
}
