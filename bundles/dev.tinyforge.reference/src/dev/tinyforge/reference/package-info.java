/**
 * The golden model: {@link dev.tinyforge.reference.ReferenceInterpreter} runs an IR graph on int8 tensors with
 * exactly the integer arithmetic of TensorFlow Lite Micro's reference kernels, so its outputs match TFLM's byte
 * for byte and generated code can be checked against it.
 */
package dev.tinyforge.reference;
