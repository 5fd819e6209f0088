package dev.tinyforge.ui.chart;

import java.util.List;

import org.eclipse.swt.graphics.RGB;

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

	/** The categories as bar parts, bottom up. */
	static final List<LegendEntry> PARTS = List.of(new LegendEntry("kept activations", new RGB(70, 130, 180)),
			new LegendEntry("updated parameters", new RGB(60, 170, 110)),
			new LegendEntry("gradients", new RGB(240, 160, 40)),
			new LegendEntry("optimizer state", new RGB(200, 90, 140)),
			new LegendEntry("lite residual", new RGB(120, 90, 170)));

	/** The categories in the order of {@link #PARTS}. */
	public long[] parts() {
		return new long[] { kept, parameters, gradients, optimizerState, liteResidual };
	}

	public long total() {
		return kept + parameters + gradients + optimizerState + liteResidual;
	}
}
