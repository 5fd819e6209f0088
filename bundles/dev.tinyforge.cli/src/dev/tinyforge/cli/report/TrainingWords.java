package dev.tinyforge.cli.report;

import java.util.Locale;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.training.LiteResidualConfig;
import dev.tinyforge.analysis.training.Optimizer;
import dev.tinyforge.analysis.training.Precision;
import dev.tinyforge.analysis.training.TrainingMemory;
import dev.tinyforge.analysis.training.TrainingSetup;

/** A training setup in the words of a .tinyml {@code train} block, for the text and JSON reports. */
public final class TrainingWords {

	private TrainingWords() {
	}

	/** {@code sgd}, {@code sgd momentum}, {@code adam}. */
	public static String optimizer(Optimizer optimizer) {
		return switch (optimizer) {
			case SGD -> "sgd";
			case SGD_MOMENTUM -> "sgd momentum";
			case ADAM -> "adam";
		};
	}

	/** {@code fp32}, {@code fp16}, {@code int8}. */
	public static String precision(Precision precision) {
		return precision.name().toLowerCase(Locale.ROOT);
	}

	/** The scheme with its lite residual shape, if any: {@code bias-only + lite-residual downsample 2 ...}. */
	public static String scheme(TrainingSetup setup) {
		LiteResidualConfig config = setup.scheme().liteResidual();
		return setup.scheme().label() + (config == null ? ""
				: " downsample " + config.downsample() + " groups " + config.groups() + " expand " + config.expand()
						+ " kernel " + config.kernel());
	}

	/** The whole setup on one line. */
	public static String setup(TrainingSetup setup) {
		return scheme(setup) + ", batch " + setup.batch() + ", " + optimizer(setup.optimizer()) + ", weights "
				+ precision(setup.weights()) + ", activations " + precision(setup.activations());
	}

	/** What the operator's training updates: {@code weights, bias}, {@code weights}, {@code bias} or {@code ""}. */
	public static String updates(TrainingMemory memory, int op) {
		if (memory.updatesWeights(op)) {
			return memory.updatesBias(op) ? "weights, bias" : "weights";
		}
		return memory.updatesBias(op) ? "bias" : "";
	}

	/** Where the training step peaks: {@code at #12 b5_dw backward}, {@code at the update}. */
	public static String peak(LayerGraph graph, TrainingMemory memory) {
		return switch (memory.peakPhase()) {
			case FORWARD -> "at #" + memory.peakOp() + " " + graph.opName(memory.peakOp()) + " forward";
			case BACKWARD -> "at #" + memory.peakOp() + " " + graph.opName(memory.peakOp()) + " backward";
			case UPDATE -> "at the update";
		};
	}
}
