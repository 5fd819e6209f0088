package dev.tinyforge.cli.report;

/**
 * One IR operator of an analysed network.
 *
 * @param step the operator's index in execution order
 * @param origin the DSL layer or block the operator came from
 * @param op the operator kind, named after TensorFlow Lite's builtin operator (CONV_2D, ...)
 * @param output the output shape without the batch dimension, e.g. {@code 48x48x8}
 * @param params elements of the operator's constant inputs
 * @param weightBytes bytes of the operator's constant inputs (Flash)
 * @param scratchBytes the operator's scratch buffer in the arena
 * @param liveBytes arena bytes live while the operator runs: tensors in use or kept for later, plus its scratch
 * @param peak whether this is the step with the most live bytes (the first one on ties)
 * @param patched whether the operator runs patch by patch; then its live and scratch bytes are one patch's
 * @param fusedInto the step whose kernel does this operator's work (a PAD fused into a depthwise convolution, its
 *        output never written), -1 if it runs itself
 */
public record LayerRow(int step, String name, String origin, String op, String output, long macs, long params,
		long weightBytes, long scratchBytes, long liveBytes, boolean peak, boolean patched, int fusedInto) {
}
