package dev.tinyforge.reference.arithmetic;

/**
 * {@code CalculateInputRadius} (tensorflow/lite/kernels/internal/quantization_util.cc, total_signed_bits 31): the
 * largest input difference that, shifted left by {@code inputLeftShift}, still fits a fixed-point value with
 * {@code inputIntegerBits} integer bits. Softmax and logistic treat anything beyond it as saturated.
 */
public final class InputRadius {

	private InputRadius() {
	}

	public static int of(int inputIntegerBits, int inputLeftShift) {
		// ((1 << integerBits) - 1) * 2^(31 - integerBits) / 2^leftShift, exact in double.
		double maxInputRescaled = Math.scalb((double) ((1 << inputIntegerBits) - 1),
				31 - inputIntegerBits - inputLeftShift);
		return (int) Math.floor(maxInputRescaled);
	}
}
