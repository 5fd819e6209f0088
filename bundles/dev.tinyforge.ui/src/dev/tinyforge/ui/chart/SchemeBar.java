package dev.tinyforge.ui.chart;

/**
 * One update scheme of the comparison, with the training setup's batch, optimizer and precisions.
 *
 * @param label e.g. {@code bias-only + lite-residual}
 * @param bytes its totals by category
 * @param peakBytes the most bytes live at one step of a training step
 * @param arenaBytes the planned SRAM arena of a training step
 * @param frozenWeightBytes the weights it leaves in Flash
 * @param timesLessThanFull full fine-tuning's peak over this one's
 * @param chosen whether it is the scheme of the train block
 */
public record SchemeBar(String label, TrainingBytes bytes, long peakBytes, long arenaBytes, long frozenWeightBytes,
		double timesLessThanFull, boolean chosen) {
}
