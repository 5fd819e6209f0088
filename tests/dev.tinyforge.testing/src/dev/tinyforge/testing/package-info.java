/**
 * Test support shared by the test fragments: the real models of shared/models with the test inputs and the
 * int8 outputs TensorFlow Lite Micro produced on them (the oracle). Not part of the product.
 */
package dev.tinyforge.testing;
