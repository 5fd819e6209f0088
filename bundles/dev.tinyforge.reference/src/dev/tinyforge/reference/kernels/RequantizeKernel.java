package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * QUANTIZE from int8 to int8: {@code reference_ops::Requantize}
 * (tensorflow/lite/kernels/internal/reference/requantize.h) with the multiplier of
 * {@code PrepareQuantizeReference} (tensorflow/lite/micro/kernels/quantize_common.cc),
 * {@code input_scale / output_scale} in double.
 */
final class RequantizeKernel implements Kernel {

	private final int inputZeroPoint;
	private final int outputZeroPoint;
	private final QuantizedMultiplier multiplier;

	RequantizeKernel(Quantize op) {
		Operands.Unary operands = Operands.unary(op, DataType.INT8, DataType.INT8);
		Tensor input = operands.input();
		Tensor output = operands.output();
		Operands.requireSameElementCount(output, input);
		QuantizationChecks.requirePerTensor(output);
		inputZeroPoint = Quantizations.zeroPoint(input);
		outputZeroPoint = Quantizations.zeroPoint(output);
		multiplier = QuantizedMultiplier
				.of((double) Quantizations.scale(input) / (double) Quantizations.scale(output));
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		for (int i = 0; i < input.length; i++) {
			int requantized = multiplier.apply(input[i] - inputZeroPoint) + outputZeroPoint;
			output[i] = (byte) ActivationRange.INT8.clamp(requantized);
		}
	}
}
