/**
 * From operators to C: one emitter per operator kind turns a layer into a call of a kernel specialised for its
 * shapes, the constants it reads (in Flash) and the arena addresses the analysis planned. Kernels are records
 * of their configuration, so layers with equal configurations share one C function. The matrix products (1x1
 * convolutions, fully-connected layers) go further: layers whose code is the same share one function that reads
 * their shapes from their constants ({@link dev.tinyforge.codegen.emit.GemmShape}), unless a single shape uses it.
 */
package dev.tinyforge.codegen.emit;
