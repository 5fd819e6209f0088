package dev.tinyforge.reference.kernels;

import java.nio.FloatBuffer;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.Rounding;

/**
 * QUANTIZE from float32 to int8: {@code reference_ops::AffineQuantize}
 * (tensorflow/lite/kernels/internal/reference/quantize.h), {@code round(value / scale) + zero_point} with the
 * division in float and halves rounded away from zero, clamped to int8.
 */
final class QuantizeKernel implements Kernel {

	/** Beyond this any zero point saturates; clamping first keeps the float-to-int conversion in range. */
	private static final double SATURATED = 256;

	private final float scale;
	private final int zeroPoint;

	QuantizeKernel(Quantize op) {
		Operands.Unary operands = Operands.unary(op, DataType.FLOAT32, DataType.INT8);
		Tensor input = operands.input();
		Tensor output = operands.output();
		Operands.requireSameElementCount(output, input);
		QuantizationChecks.requirePerTensor(output);
		scale = Quantizations.scale(output);
		zeroPoint = Quantizations.zeroPoint(output);
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		FloatBuffer input = Float32.view(inputs[0]);
		byte[] output = outputs[0];
		for (int i = 0; i < output.length; i++) {
			double rounded = Rounding.halfAwayFromZero(input.get(i) / scale);
			int quantized = (int) Math.max(-SATURATED, Math.min(SATURATED, rounded)) + zeroPoint;
			output[i] = (byte) ActivationRange.INT8.clamp(quantized);
		}
	}
}
