package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.arithmetic.FixedPoint.rescale;
import static dev.tinyforge.reference.arithmetic.FixedPoint.roundingDivideByPot;
import static dev.tinyforge.reference.arithmetic.FixedPoint.saturatingRoundingDoublingHighMul;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Softmax;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.FixedPointFunctions;
import dev.tinyforge.reference.arithmetic.InputRadius;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * TFLM's int8 SOFTMAX: {@code reference_ops::Softmax} for int8 in and out
 * (tensorflow/lite/kernels/internal/reference/softmax.h), with the parameters of {@code CalculateSoftmaxParams}
 * (tensorflow/lite/micro/kernels/softmax_common.cc). No lookup table: differences to the row's maximum are
 * scaled by beta and the input scale into Q5.26, exponentiated with gemmlowp's fixed-point exp, summed in Q12.19
 * and normalised with a fixed-point reciprocal. The output is fixed at scale 1/256, zero point -128.
 */
final class SoftmaxKernel implements Kernel {

	private static final int SCALED_DIFF_INTEGER_BITS = 5;
	private static final int ACCUMULATION_INTEGER_BITS = 12;
	private static final int OUTPUT_ZERO_POINT = -128;
	/** The output counts 256ths. */
	private static final int OUTPUT_FRACTIONAL_BITS = 8;

	private final int depth;
	private final int rows;
	private final QuantizedMultiplier inputBetaMultiplier;
	/** Differences below this are too negative to matter; their outputs are the minimum. */
	private final int diffMin;
	private final int[] exps;

	SoftmaxKernel(Softmax op) {
		Operands.Unary operands = Operands.unary(op, DataType.INT8, DataType.INT8);
		Tensor input = operands.input();
		Tensor output = operands.output();
		int[] shape = Tensors.shape(input);
		if (shape.length == 0) {
			throw new IllegalArgumentException(Operands.describe(input) + " must have at least one dimension");
		}
		Operands.requireShape(output, shape);
		if (Quantizations.zeroPoint(output) != OUTPUT_ZERO_POINT || Quantizations.scale(output) != 1f / 256) {
			throw new IllegalArgumentException(
					Operands.describe(output) + " must have scale 1/256 and zero point -128, as TFLite requires");
		}
		depth = shape[shape.length - 1];
		rows = depth == 0 ? 0 : (int) (Tensors.elementCount(input) / depth);
		exps = new int[depth];
		inputBetaMultiplier = inputBetaMultiplier(op.getBeta(), Quantizations.scale(input));
		diffMin = -InputRadius.of(SCALED_DIFF_INTEGER_BITS, inputBetaMultiplier.shift());
	}

	/**
	 * {@code PreprocessSoftmaxScaling} (quantization_util.cc): beta times the input scale in Q5.26, capped at
	 * 2^31 - 1, as a multiplier greater than one.
	 */
	private static QuantizedMultiplier inputBetaMultiplier(float beta, float inputScale) {
		double real = Math.min((double) beta * (double) inputScale * (1 << (31 - SCALED_DIFF_INTEGER_BITS)),
				(1L << 31) - 1.0);
		QuantizedMultiplier multiplier = QuantizedMultiplier.of(real);
		if (real <= 1 || multiplier.shift() < 0) {
			throw new IllegalArgumentException("beta times input scale is too small for TFLite's int8 softmax");
		}
		return multiplier;
	}

	@Override
	public void run(byte[][] inputs, byte[][] outputs) {
		byte[] input = inputs[0];
		byte[] output = outputs[0];
		for (int row = 0; row < rows; row++) {
			int base = row * depth;
			int max = Byte.MIN_VALUE;
			for (int c = 0; c < depth; c++) {
				max = Math.max(max, input[base + c]);
			}
			int sumOfExps = 0;
			for (int c = 0; c < depth; c++) {
				int diff = input[base + c] - max;
				if (diff >= diffMin) {
					exps[c] = FixedPointFunctions.expOnNegativeValues(inputBetaMultiplier.apply(diff),
							SCALED_DIFF_INTEGER_BITS);
					sumOfExps += rescale(exps[c], 0, ACCUMULATION_INTEGER_BITS);
				}
			}
			// GetReciprocal (tensorflow/lite/kernels/internal/common.h): normalise the sum to [1, 2), invert.
			int headroomPlusOne = Integer.numberOfLeadingZeros(sumOfExps);
			int bitsOverUnit = ACCUMULATION_INTEGER_BITS - headroomPlusOne;
			int shiftedScale = FixedPointFunctions.oneOverOnePlusX((sumOfExps << headroomPlusOne) - (1 << 31));
			// exp / sum = exp * shiftedScale / 2^bitsOverUnit, from Q0.31 to 256ths.
			int exponent = bitsOverUnit + 31 - OUTPUT_FRACTIONAL_BITS;
			for (int c = 0; c < depth; c++) {
				int diff = input[base + c] - max;
				if (diff >= diffMin) {
					int unsaturated = roundingDivideByPot(saturatingRoundingDoublingHighMul(shiftedScale, exps[c]),
							exponent);
					output[base + c] = (byte) ActivationRange.INT8.clamp(unsaturated + OUTPUT_ZERO_POINT);
				} else {
					output[base + c] = OUTPUT_ZERO_POINT;
				}
			}
		}
	}
}
