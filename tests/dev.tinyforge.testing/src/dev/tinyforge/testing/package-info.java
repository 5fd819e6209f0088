/**
 * Test support shared by the test fragments: the real models of shared/models with the test inputs and the
 * int8 outputs TensorFlow Lite Micro produced on them (the oracle), and a runner for the tools tests drive
 * (compilers, emulators, make). Not part of the product.
 */
package dev.tinyforge.testing;
