package dev.tinyforge.dsl.analysis;

import dev.tinyforge.analysis.training.LiteResidualConfig;
import dev.tinyforge.analysis.training.Optimizer;
import dev.tinyforge.analysis.training.Precision;
import dev.tinyforge.analysis.training.TrainingSetup;
import dev.tinyforge.analysis.training.UpdateScheme;
import dev.tinyforge.dsl.tinyMl.BiasUpdate;
import dev.tinyforge.dsl.tinyMl.FullUpdate;
import dev.tinyforge.dsl.tinyMl.LastLayerUpdate;
import dev.tinyforge.dsl.tinyMl.LayerUpdate;
import dev.tinyforge.dsl.tinyMl.LiteResidualOption;
import dev.tinyforge.dsl.tinyMl.OptimizerKind;
import dev.tinyforge.dsl.tinyMl.Training;
import dev.tinyforge.dsl.tinyMl.TrainingPrecision;
import dev.tinyforge.dsl.tinyMl.TrainingScheme;

/**
 * The {@link TrainingSetup} a {@code train} block describes. What it leaves out takes the defaults of TinyTL's
 * memory figures: batch 1, plain SGD, 32-bit floats, and TinyTL's lite residual shape. Settings the validator
 * rejects (a batch of 0, an even kernel) make this throw; check the block first.
 */
public final class TrainingSetups {

	private TrainingSetups() {
	}

	/** @throws IllegalArgumentException for settings the validator reports */
	public static TrainingSetup of(Training training) {
		Optimizer optimizer = training.getOptimizer() == OptimizerKind.ADAM ? Optimizer.ADAM
				: training.isMomentum() ? Optimizer.SGD_MOMENTUM : Optimizer.SGD;
		return new TrainingSetup(scheme(training.getScheme()), training.getBatch() == 0 ? 1 : training.getBatch(),
				optimizer, precision(training.getWeightPrecision()), precision(training.getActivationPrecision()));
	}

	/** The default of an unset precision is its enum's first literal, FP32. */
	private static Precision precision(TrainingPrecision precision) {
		return switch (precision) {
			case FP32 -> Precision.FP32;
			case FP16 -> Precision.FP16;
			case INT8 -> Precision.INT8;
		};
	}

	private static UpdateScheme scheme(TrainingScheme scheme) {
		if (scheme == null) {
			throw new IllegalArgumentException("the train block names no scheme");
		}
		if (scheme instanceof FullUpdate) {
			return UpdateScheme.of(UpdateScheme.Kind.FULL);
		}
		if (scheme instanceof LastLayerUpdate) {
			return UpdateScheme.of(UpdateScheme.Kind.LAST_LAYER);
		}
		if (scheme instanceof BiasUpdate bias) {
			LiteResidualOption option = bias.getLiteResidual();
			return option == null ? UpdateScheme.of(UpdateScheme.Kind.BIAS_ONLY)
					: UpdateScheme.liteResidual(liteResidual(option));
		}
		if (scheme instanceof LayerUpdate layers) {
			return UpdateScheme.layers(layers.getLayers());
		}
		throw new IllegalArgumentException("unknown training scheme " + scheme.eClass().getName());
	}

	/** An unset setting reads as 0 and takes TinyTL's value. */
	private static LiteResidualConfig liteResidual(LiteResidualOption option) {
		LiteResidualConfig tinyTl = LiteResidualConfig.TINYTL;
		return new LiteResidualConfig(orDefault(option.getDownsample(), tinyTl.downsample()),
				orDefault(option.getGroups(), tinyTl.groups()), orDefault(option.getExpand(), tinyTl.expand()),
				orDefault(option.getKernel(), tinyTl.kernel()));
	}

	private static int orDefault(int value, int fallback) {
		return value == 0 ? fallback : value;
	}
}
