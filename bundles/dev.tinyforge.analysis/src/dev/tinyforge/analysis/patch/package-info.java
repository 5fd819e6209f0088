/**
 * Patch-based inference after MCUNetV2 (Lin et al., "MCUNetV2: Memory-Efficient Patch-based Inference for Tiny
 * Deep Learning", NeurIPS 2021): the first layers of a network, up to a split layer, run patch by patch, each
 * output patch of the split layer computed from its receptive field, so that only one patch's activations are
 * alive; the rest runs layer by layer. {@link dev.tinyforge.analysis.patch.ReceptiveField} propagates windows
 * backwards, {@link dev.tinyforge.analysis.patch.PatchTiling} lays out a {@link
 * dev.tinyforge.analysis.patch.PatchPlan}'s patches, {@link dev.tinyforge.analysis.NetworkAnalyzer} plans the
 * arena of both phases and {@link dev.tinyforge.analysis.patch.PatchPlanner} picks the plan.
 */
package dev.tinyforge.analysis.patch;
