/**
 * The integer arithmetic of TensorFlow Lite (Micro), reproduced bit for bit: gemmlowp's fixed-point primitives
 * and transcendental functions, quantized multipliers, TFLite's rounding and the clamp ranges of fused
 * activations. Generated code must use the same multipliers and shifts, so these are public.
 */
package dev.tinyforge.reference.arithmetic;
