package dev.tinyforge.analysis.training;

import java.util.Objects;

/**
 * The memory of one training step of a network under a {@link TrainingSetup}, per operator and in total; all sizes
 * in bytes, all in SRAM except {@link #frozenWeightBytes()}. The step runs the operators forward (step i is
 * operator i), then backward in reverse (operator i at step {@code 2n-1-i}), then the optimizer's update (step
 * {@code 2n}); see {@link TrainingMemoryAnalyzer} for what lives when.
 */
public final class TrainingMemory {

	/** Where in the training step a step lies. */
	public enum Phase {
		FORWARD, BACKWARD, UPDATE
	}

	private final TrainingSetup setup;
	private final int opCount;

	final boolean[] updatesWeights;
	final boolean[] updatesBias;
	final long[] keptActivationBytes;
	final long[] parameterBytes;
	final long[] gradientBytes;
	final long[] optimizerStateBytes;
	final long[] liteResidualBytes;
	final long[] liveBytes; // per step, 2n + 1 of them

	long frozenWeightBytes;
	int liteResidualModules;
	long arenaBytes;
	int peakStep;

	TrainingMemory(TrainingSetup setup, int opCount) {
		this.setup = Objects.requireNonNull(setup, "setup");
		this.opCount = opCount;
		updatesWeights = new boolean[opCount];
		updatesBias = new boolean[opCount];
		keptActivationBytes = new long[opCount];
		parameterBytes = new long[opCount];
		gradientBytes = new long[opCount];
		optimizerStateBytes = new long[opCount];
		liteResidualBytes = new long[opCount];
		liveBytes = new long[2 * opCount + 1];
	}

	public TrainingSetup setup() {
		return setup;
	}

	public int opCount() {
		return opCount;
	}

	public boolean updatesWeights(int op) {
		return updatesWeights[checkOp(op)];
	}

	public boolean updatesBias(int op) {
		return updatesBias[checkOp(op)];
	}

	/** Forward activations (or 1-bit masks) the operator's backward pass reads, each tensor counted once. */
	public long keptActivationBytes(int op) {
		return keptActivationBytes[checkOp(op)];
	}

	/** The SRAM copy of the operator's updated weights and bias, in the weight precision. */
	public long parameterBytes(int op) {
		return parameterBytes[checkOp(op)];
	}

	/** The gradients of the operator's updated weights and bias. */
	public long gradientBytes(int op) {
		return gradientBytes[checkOp(op)];
	}

	public long optimizerStateBytes(int op) {
		return optimizerStateBytes[checkOp(op)];
	}

	/**
	 * The lite residual module that runs at this operator, the last of its block: its parameters, gradients and
	 * optimizer state and the activations it keeps; 0 without one.
	 */
	public long liteResidualBytes(int op) {
		return liteResidualBytes[checkOp(op)];
	}

	/** Bytes live while the operator runs forward. */
	public long forwardLiveBytes(int op) {
		return liveBytes[checkOp(op)];
	}

	/** Bytes live while the operator runs backward. */
	public long backwardLiveBytes(int op) {
		return liveBytes[2 * opCount - 1 - checkOp(op)];
	}

	/** Bytes live during the optimizer's update. */
	public long updateLiveBytes() {
		return liveBytes[2 * opCount];
	}

	public long totalKeptActivationBytes() {
		return sum(keptActivationBytes);
	}

	public long totalParameterBytes() {
		return sum(parameterBytes);
	}

	public long totalGradientBytes() {
		return sum(gradientBytes);
	}

	public long totalOptimizerStateBytes() {
		return sum(optimizerStateBytes);
	}

	public long totalLiteResidualBytes() {
		return sum(liteResidualBytes);
	}

	public int liteResidualModules() {
		return liteResidualModules;
	}

	/** The weights and biases not updated, as the network stores them: they stay in Flash. */
	public long frozenWeightBytes() {
		return frozenWeightBytes;
	}

	/** The most bytes live at one step of the training step. */
	public long peakBytes() {
		return liveBytes[peakStep];
	}

	/** The planned SRAM arena of the training step, at least {@link #peakBytes()}. */
	public long arenaBytes() {
		return arenaBytes;
	}

	/** The step of {@link #peakBytes()}, the first on ties. */
	public int peakStep() {
		return peakStep;
	}

	public Phase peakPhase() {
		return peakStep < opCount ? Phase.FORWARD : peakStep < 2 * opCount ? Phase.BACKWARD : Phase.UPDATE;
	}

	/** The operator running at the peak, -1 when it is the update. */
	public int peakOp() {
		return switch (peakPhase()) {
			case FORWARD -> peakStep;
			case BACKWARD -> 2 * opCount - 1 - peakStep;
			case UPDATE -> -1;
		};
	}

	private int checkOp(int op) {
		return Objects.checkIndex(op, opCount);
	}

	private static long sum(long[] values) {
		long sum = 0;
		for (long value : values) {
			sum += value;
		}
		return sum;
	}
}
