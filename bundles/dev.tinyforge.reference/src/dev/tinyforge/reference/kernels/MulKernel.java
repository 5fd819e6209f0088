package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.Mul;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * {@code reference_integer_ops::MulElementwise} and {@code BroadcastMul6DSlow}
 * (tensorflow/lite/kernels/internal/reference/integer_ops/mul.h) with the multiplier of
 * {@code CalculateOpDataMul} (tensorflow/lite/micro/kernels/mul_common.cc): the product of the offset inputs,
 * scaled by {@code input1_scale * input2_scale / output_scale} in double.
 */
final class MulKernel implements Kernel {

	private final BinaryOperands operands;
	private final int firstOffset;
	private final int secondOffset;
	private final int outputOffset;
	private final QuantizedMultiplier multiplier;
	private final ActivationRange range;

	MulKernel(Mul op) {
		operands = new BinaryOperands(op);
		float outputScale = Quantizations.scale(operands.output);
		multiplier = QuantizedMultiplier.of((double) Quantizations.scale(operands.first)
				* (double) Quantizations.scale(operands.second) / (double) outputScale);
		firstOffset = -Quantizations.zeroPoint(operands.first);
		secondOffset = -Quantizations.zeroPoint(operands.second);
		outputOffset = Quantizations.zeroPoint(operands.output);
		range = ActivationRange.of(op.getActivation(), outputScale, outputOffset);
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] first = inputs[0];
		byte[] second = inputs[1];
		byte[] output = outputs[0];
		for (int i = 0; i < operands.size; i++) {
			int product = (first[operands.firstIndex(i)] + firstOffset)
					* (second[operands.secondIndex(i)] + secondOffset);
			output[i] = (byte) range.clamp(multiplier.apply(product) + outputOffset);
		}
	}
}
