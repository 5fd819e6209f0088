package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.Add;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * {@code reference_integer_ops::AddFunc} (tensorflow/lite/kernels/internal/reference/integer_ops/add.h) with the
 * parameters of {@code CalculateOpDataAdd} (tensorflow/lite/micro/kernels/add_common.cc): both inputs are
 * shifted left by 20 bits and brought to a common scale, twice the larger input scale, then summed and scaled to
 * the output.
 */
final class AddKernel implements Kernel {

	private static final int LEFT_SHIFT = 20;

	private final BinaryOperands operands;
	private final int firstOffset;
	private final int secondOffset;
	private final int outputOffset;
	private final QuantizedMultiplier firstMultiplier;
	private final QuantizedMultiplier secondMultiplier;
	private final QuantizedMultiplier outputMultiplier;
	private final ActivationRange range;

	AddKernel(Add op) {
		operands = new BinaryOperands(op);
		float firstScale = Quantizations.scale(operands.first);
		float secondScale = Quantizations.scale(operands.second);
		float outputScale = Quantizations.scale(operands.output);
		double twiceMaxInputScale = 2 * (double) Math.max(firstScale, secondScale);
		firstMultiplier = QuantizedMultiplier.of(firstScale / twiceMaxInputScale);
		secondMultiplier = QuantizedMultiplier.of(secondScale / twiceMaxInputScale);
		outputMultiplier = QuantizedMultiplier.of(twiceMaxInputScale / ((1 << LEFT_SHIFT) * (double) outputScale));
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
			int scaledFirst = firstMultiplier.apply((first[operands.firstIndex(i)] + firstOffset) << LEFT_SHIFT);
			int scaledSecond = secondMultiplier
					.apply((second[operands.secondIndex(i)] + secondOffset) << LEFT_SHIFT);
			int sum = outputMultiplier.apply(scaledFirst + scaledSecond) + outputOffset;
			output[i] = (byte) range.clamp(sum);
		}
	}
}
