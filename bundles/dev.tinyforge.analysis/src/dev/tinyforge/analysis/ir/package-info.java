/**
 * From the EMF IR to the compact {@link dev.tinyforge.analysis.graph.LayerGraph} that the analysis works on.
 */
package dev.tinyforge.analysis.ir;
