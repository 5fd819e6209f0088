package dev.tinyforge.reference.kernels;

import java.nio.FloatBuffer;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.Tensor;

/**
 * DEQUANTIZE from int8 to float32: {@code reference_ops::Dequantize}
 * (tensorflow/lite/kernels/internal/reference/dequantize.h), {@code scale * (value - zero_point)} in double,
 * then narrowed to float.
 */
final class DequantizeKernel implements Kernel {

	private final double scale;
	private final int zeroPoint;

	DequantizeKernel(Dequantize op) {
		Operands.Unary operands = Operands.unary(op, DataType.INT8, DataType.FLOAT32);
		Tensor input = operands.input();
		Tensor output = operands.output();
		Operands.requireSameElementCount(output, input);
		QuantizationChecks.requirePerTensor(input);
		scale = Quantizations.scale(input);
		zeroPoint = Quantizations.zeroPoint(input);
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		FloatBuffer output = Float32.view(outputs[0]);
		for (int i = 0; i < input.length; i++) {
			output.put(i, (float) (scale * (input[i] - zeroPoint)));
		}
	}
}
