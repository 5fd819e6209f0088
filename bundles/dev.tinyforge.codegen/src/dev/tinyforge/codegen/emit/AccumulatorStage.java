package dev.tinyforge.codegen.emit;

import java.util.Arrays;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * The output stage of a layer that sums products of int8 inputs and weights (convolutions, fully connected),
 * with TFLite's multipliers. The input offset is folded into the bias: {@code sum w * (x - zp)} is
 * {@code sum w * x - zp * sum w}, so kernels read raw int8 inputs and pad with the input zero point.
 */
final class AccumulatorStage {

	final int[] bias;
	final int[] multipliers;
	final int[] shifts;
	final int outputZeroPoint;
	final ActivationRange range;
	/** Per channel, the largest magnitude its accumulator can reach, for any int8 input. */
	private final long[] accumulatorBounds;

	private AccumulatorStage(int[] bias, QuantizedMultiplier[] multipliers, int outputZeroPoint,
			ActivationRange range, long[] accumulatorBounds) {
		this.bias = bias;
		this.accumulatorBounds = accumulatorBounds;
		this.multipliers = new int[multipliers.length];
		this.shifts = new int[multipliers.length];
		for (int c = 0; c < multipliers.length; c++) {
			this.multipliers[c] = multipliers[c].multiplier();
			this.shifts[c] = multipliers[c].shift();
		}
		this.outputZeroPoint = outputZeroPoint;
		this.range = range;
	}

	/**
	 * @param perChannel whether to compute each channel's multiplier in double from the three scales, as
	 *                   TFLite's per-channel kernels do; otherwise input and filter scales are multiplied in
	 *                   float first, as its per-tensor fully-connected layer does
	 * @param weightSums the sums of each output channel's weights
	 */
	static AccumulatorStage of(LayerContext layer, Tensor input, Tensor filter, Tensor biasTensor, Tensor output,
			Activation activation, boolean perChannel, WeightSums weightSums) {
		int channels = weightSums.channels();
		int[] bias = ConstantTensors.int32(layer, biasTensor, channels);
		int inputZeroPoint = Quantizations.zeroPoint(input);
		long[] bounds = new long[channels];
		for (int c = 0; c < channels; c++) {
			bias[c] -= inputZeroPoint * weightSums.sums()[c];
			bounds[c] = Math.abs((long) bias[c]) + 128L * weightSums.magnitudes()[c];
		}
		float inputScale = Quantizations.scale(input);
		float outputScale = Quantizations.scale(output);
		float[] filterScales = Quantizations.channelScales(filter, channels);
		QuantizedMultiplier[] multipliers = new QuantizedMultiplier[channels];
		for (int c = 0; c < channels; c++) {
			double real = perChannel ? (double) inputScale * (double) filterScales[c] / (double) outputScale
					: (double) (inputScale * filterScales[0]) / (double) outputScale;
			multipliers[c] = QuantizedMultiplier.of(real);
		}
		int outputZeroPoint = Quantizations.zeroPoint(output);
		return new AccumulatorStage(bias, multipliers, outputZeroPoint,
				ActivationRange.of(activation, outputScale, outputZeroPoint), bounds);
	}

	/** Whether every channel shifts right by at least one bit, the usual case, which requantizes faster. */
	boolean rightShifts() {
		return Arrays.stream(shifts).allMatch(shift -> shift < 0);
	}

	Requantization requantization() {
		Requantization form = Requantization.NARROW;
		for (int c = 0; c < shifts.length; c++) {
			form = Requantization.weakest(form,
					Requantization.of(accumulatorBounds[c], multipliers[c], shifts[c], outputZeroPoint));
		}
		return form;
	}

	/**
	 * The arguments a kernel takes for it: bias, multipliers and shifts as constant arrays; the shifts as right
	 * shifts if {@link #rightShifts()}.
	 */
	String arguments(LayerContext layer) {
		ConstantData constants = layer.constants();
		return constants.int32(layer.symbol("bias"), bias) + ", "
				+ constants.int32(layer.symbol("multiplier"), multipliers) + ", "
				+ constants.int32(layer.symbol(rightShifts() ? "right_shift" : "shift"), shiftArguments());
	}

	/** The shift each channel's requantization takes: a right shift if {@link #rightShifts()}, else TFLite's. */
	int[] shiftArguments() {
		return rightShifts() ? Arrays.stream(shifts).map(shift -> -shift).toArray() : shifts;
	}
}
