/**
 * Per-operator costs: multiply-accumulates, parameters, Flash and arena bytes
 * ({@link dev.tinyforge.analysis.cost.OperatorCosts}) and the scratch memory a kernel needs while it
 * runs ({@link dev.tinyforge.analysis.cost.ScratchModel}).
 */
package dev.tinyforge.analysis.cost;
