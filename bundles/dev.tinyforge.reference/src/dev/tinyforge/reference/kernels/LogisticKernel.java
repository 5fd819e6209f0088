package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Logistic;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.FixedPoint;
import dev.tinyforge.reference.arithmetic.FixedPointFunctions;
import dev.tinyforge.reference.arithmetic.InputRadius;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * {@code reference_integer_ops::Logistic} (tensorflow/lite/kernels/internal/reference/integer_ops/logistic.h)
 * with the parameters of {@code CalculateArithmeticOpDataLogistic} (tensorflow/lite/micro/kernels/
 * logistic_common.cc): the offset input in Q4.27, gemmlowp's fixed-point logistic, then rounded to 1/256 steps
 * from zero point -128. Inputs beyond the radius saturate.
 */
final class LogisticKernel implements Kernel {

	private static final int INPUT_INTEGER_BITS = 4;
	private static final int OUTPUT_ZERO_POINT = -128;
	/** The output counts 256ths. */
	private static final int OUTPUT_FRACTIONAL_BITS = 8;

	private final int inputZeroPoint;
	private final QuantizedMultiplier inputMultiplier;
	private final int inputRangeRadius;

	LogisticKernel(Logistic op) {
		Operands.Unary operands = Operands.unary(op, DataType.INT8, DataType.INT8);
		Tensor input = operands.input();
		Tensor output = operands.output();
		Operands.requireSameElementCount(output, input);
		if (Quantizations.zeroPoint(output) != OUTPUT_ZERO_POINT) {
			throw new IllegalArgumentException(Operands.describe(output) + " must have zero point -128");
		}
		inputZeroPoint = Quantizations.zeroPoint(input);
		// TFLM takes frexp of the double itself; QuantizeMultiplier agrees with it except where the significand
		// rounds up to 2^31, which TFLM would overflow.
		inputMultiplier = QuantizedMultiplier
				.of((double) Quantizations.scale(input) * (double) (1 << (31 - INPUT_INTEGER_BITS)));
		inputRangeRadius = InputRadius.of(INPUT_INTEGER_BITS, inputMultiplier.shift());
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		for (int i = 0; i < input.length; i++) {
			int centered = input[i] - inputZeroPoint;
			if (centered <= -inputRangeRadius) {
				output[i] = Byte.MIN_VALUE;
			} else if (centered >= inputRangeRadius) {
				output[i] = Byte.MAX_VALUE;
			} else {
				int logistic = FixedPointFunctions.logistic(inputMultiplier.apply(centered), INPUT_INTEGER_BITS);
				int scaled = FixedPoint.roundingDivideByPot(logistic, 31 - OUTPUT_FRACTIONAL_BITS) + OUTPUT_ZERO_POINT;
				output[i] = (byte) ActivationRange.INT8.clamp(scaled);
			}
		}
	}
}
