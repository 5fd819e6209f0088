package dev.tinyforge.ui.chart;

/**
 * Training memory by category, of one layer or of a whole scheme, in bytes of SRAM.
 *
 * @param kept forward activations (or masks) the backward pass reads
 * @param parameters the SRAM copy of the updated weights and biases
 * @param gradients the gradients of the updated parameters
 * @param optimizerState the optimizer's state of them
 * @param liteResidual the lite residual modules: their parameters, gradients, state and kept activations
 */
public record TrainingBytes(long kept, long parameters, long gradients, long optimizerState, long liteResidual) {

	/** The categories in the order of {@link TrainingPart}. */
	public long[] parts() {
		return new long[] { kept, parameters, gradients, optimizerState, liteResidual };
	}

	public long total() {
		return kept + parameters + gradients + optimizerState + liteResidual;
	}
}
