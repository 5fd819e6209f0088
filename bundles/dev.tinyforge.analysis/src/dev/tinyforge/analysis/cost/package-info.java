/**
 * Per-operator costs: multiply-accumulates, parameters, Flash and arena bytes
 * ({@link dev.tinyforge.analysis.cost.OperatorCosts}) and the scratch memory a kernel needs while it
 * runs ({@link dev.tinyforge.analysis.cost.ScratchModel}; the generated kernels' is
 * {@link dev.tinyforge.analysis.cost.KernelScratchModel}).
 */
package dev.tinyforge.analysis.cost;
