/**
 * Headless analysis of int8 networks for microcontrollers: {@link dev.tinyforge.analysis.NetworkAnalyzer}
 * turns a {@link dev.tinyforge.analysis.graph.LayerGraph} into a
 * {@link dev.tinyforge.analysis.NetworkAnalysis} (per-operator MACs, Flash and SRAM bytes, a planned
 * arena), and {@link dev.tinyforge.analysis.FitVerdict} compares that with a
 * {@link dev.tinyforge.analysis.DeviceBudget}. Pure Java, no allocation per analysis once the work
 * arrays have grown, so a search can analyse tens of thousands of candidates per second and core.
 */
package dev.tinyforge.analysis;
