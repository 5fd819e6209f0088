package dev.tinyforge.analysis.training;

import java.util.Objects;

/**
 * Everything that decides the memory of one training step besides the network.
 *
 * @param scheme what is updated
 * @param batch samples per step, at least 1: every activation, kept or temporary, scales with it
 * @param optimizer its per-parameter state
 * @param weights the precision of updated parameters, their gradients and optimizer state
 * @param activations the precision of activations and their gradients
 */
public record TrainingSetup(UpdateScheme scheme, int batch, Optimizer optimizer, Precision weights,
		Precision activations) {

	public TrainingSetup {
		Objects.requireNonNull(scheme, "scheme");
		Objects.requireNonNull(optimizer, "optimizer");
		Objects.requireNonNull(weights, "weights");
		Objects.requireNonNull(activations, "activations");
		if (batch < 1) {
			throw new IllegalArgumentException("batch size must be at least 1, got " + batch);
		}
	}

	/** Batch 1, SGD, 32-bit floats for updated weights and activations. */
	public static TrainingSetup of(UpdateScheme scheme) {
		return new TrainingSetup(scheme, 1, Optimizer.SGD, Precision.FP32, Precision.FP32);
	}

	public TrainingSetup withScheme(UpdateScheme other) {
		return new TrainingSetup(other, batch, optimizer, weights, activations);
	}

	public TrainingSetup withBatch(int other) {
		return new TrainingSetup(scheme, other, optimizer, weights, activations);
	}
}
