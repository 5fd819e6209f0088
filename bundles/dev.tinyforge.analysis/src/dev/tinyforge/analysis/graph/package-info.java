/**
 * The network graph the analysis works on: tensors and operators of an int8 network, stored as
 * immutable struct-of-arrays ({@link dev.tinyforge.analysis.graph.LayerGraph}) and assembled with a
 * reusable {@link dev.tinyforge.analysis.graph.LayerGraph.Builder}, which validates the dataflow and
 * the operand layout of every operator when it builds.
 */
package dev.tinyforge.analysis.graph;
