/**
 * The reference interpreter against TensorFlow Lite Micro itself: the shared models, their test inputs and the
 * int8 outputs TFLM produced for them (shared/models, described in its README.txt).
 */
package dev.tinyforge.reference.oracle;
