/**
 * From operators to C: one emitter per operator kind turns a layer into a call of a kernel specialised for its
 * shapes, the constants it reads (in Flash) and the arena addresses the analysis planned. Kernels are records
 * of their configuration, so layers with equal configurations share one C function.
 */
package dev.tinyforge.codegen.emit;
