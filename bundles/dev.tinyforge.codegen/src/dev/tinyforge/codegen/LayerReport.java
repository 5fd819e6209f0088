package dev.tinyforge.codegen;

/**
 * One generated layer, for the reports: what it computes, what it costs and where its memory lies.
 *
 * @param index         the layer's position in the schedule (the operator index)
 * @param name          the operator's name
 * @param op            the operator kind, as TFLite names it (e.g. {@code CONV_2D})
 * @param kernel        the generated C function that runs it, or an empty string when it needs no code
 * @param outputShape   the output's shape, e.g. {@code 48x48x8}
 * @param macs          multiply-accumulates
 * @param weightBytes   bytes of constants in Flash
 * @param outputOffset  arena offset of the output
 * @param outputBytes   bytes of the output
 * @param scratchOffset arena offset of the scratch buffer, -1 without one
 * @param scratchBytes  bytes of scratch
 * @param patched       whether the layer runs patch by patch; then its output and scratch are one patch's, its
 *                      kernels (space-separated) those of the patches' geometries
 * @param outputWhole   whether its whole output is in the arena once it ran; patch-phase layers before the split
 *                      never hold more than a patch's window, and a fused layer's output never exists
 * @param fusedInto     the layer whose kernel does this layer's work (a PAD in a depthwise convolution), -1 if it
 *                      runs itself
 */
public record LayerReport(int index, String name, String op, String kernel, String outputShape, long macs,
		long weightBytes, long outputOffset, long outputBytes, long scratchOffset, long scratchBytes, boolean patched,
		boolean outputWhole, int fusedInto) {
}
