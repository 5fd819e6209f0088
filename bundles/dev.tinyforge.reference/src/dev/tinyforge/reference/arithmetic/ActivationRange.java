package dev.tinyforge.reference.arithmetic;

import dev.tinyforge.model.ir.Activation;

/** The clamp range of an int8 output: the fused activation's range quantized, within [-128, 127]. */
public record ActivationRange(int min, int max) {

	public static final ActivationRange INT8 = new ActivationRange(Byte.MIN_VALUE, Byte.MAX_VALUE);

	/**
	 * {@code CalculateActivationRangeQuantized} (tensorflow/lite/kernels/kernel_util.cc): the activation's bounds
	 * quantized with the output's parameters, {@code zeroPoint + round(bound / scale)} in float.
	 */
	public static ActivationRange of(Activation activation, float outputScale, int outputZeroPoint) {
		switch (activation) {
		case NONE:
			return INT8;
		case RELU:
			return new ActivationRange(Math.max(Byte.MIN_VALUE, quantize(0f, outputScale, outputZeroPoint)),
					Byte.MAX_VALUE);
		case RELU6:
			return new ActivationRange(Math.max(Byte.MIN_VALUE, quantize(0f, outputScale, outputZeroPoint)),
					Math.min(Byte.MAX_VALUE, quantize(6f, outputScale, outputZeroPoint)));
		case RELU_N1_TO_1:
			return new ActivationRange(Math.max(Byte.MIN_VALUE, quantize(-1f, outputScale, outputZeroPoint)),
					Math.min(Byte.MAX_VALUE, quantize(1f, outputScale, outputZeroPoint)));
		default:
			throw new IllegalArgumentException("no quantized range for activation " + activation);
		}
	}

	private static int quantize(float real, float scale, int zeroPoint) {
		return zeroPoint + (int) Rounding.halfAwayFromZero(real / scale);
	}

	public int clamp(int value) {
		return Math.min(max, Math.max(min, value));
	}
}
