/**
 * Bridges the DSL to the analysis: the lowered and analysed form of a network (cached per resource), a
 * device's memory budget and core extensions, and the fit of a deployment.
 */
package dev.tinyforge.dsl.analysis;
