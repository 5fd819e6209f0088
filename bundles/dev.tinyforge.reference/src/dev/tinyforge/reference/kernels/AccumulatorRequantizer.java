package dev.tinyforge.reference.kernels;

import java.util.Arrays;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * The output stage of convolutions and fully-connected layers: an int32 accumulator scaled by its channel's
 * multiplier, offset by the output zero point and clamped to the activation range.
 */
final class AccumulatorRequantizer {

	private final QuantizedMultiplier[] multipliers;
	private final int outputZeroPoint;
	private final ActivationRange range;

	private AccumulatorRequantizer(QuantizedMultiplier[] multipliers, Tensor output, Activation activation) {
		this.multipliers = multipliers;
		this.outputZeroPoint = Quantizations.zeroPoint(output);
		this.range = ActivationRange.of(activation, Quantizations.scale(output), outputZeroPoint);
	}

	/**
	 * Per output channel, as {@code PopulateConvolutionQuantizationParams} (tensorflow/lite/kernels/kernel_util.cc)
	 * and the per-channel branch of {@code CalculateOpDataFullyConnected} compute it: in double,
	 * {@code input_scale * filter_scale[c] / output_scale}. A per-tensor filter scale serves every channel.
	 */
	static AccumulatorRequantizer perChannel(Tensor input, Tensor filter, Tensor output, Activation activation,
			int channels) {
		float inputScale = Quantizations.scale(input);
		float outputScale = Quantizations.scale(output);
		float[] filterScales = Quantizations.channelScales(filter, channels);
		QuantizedMultiplier[] multipliers = new QuantizedMultiplier[channels];
		for (int channel = 0; channel < channels; channel++) {
			multipliers[channel] = QuantizedMultiplier
					.of((double) inputScale * (double) filterScales[channel] / (double) outputScale);
		}
		return new AccumulatorRequantizer(multipliers, output, activation);
	}

	/**
	 * One multiplier for all channels, as {@code GetQuantizedConvolutionMultipler} computes it for a per-tensor
	 * fully-connected layer: the product of the input and filter scales is taken in float before widening.
	 */
	static AccumulatorRequantizer perTensor(Tensor input, Tensor filter, Tensor output, Activation activation,
			int channels) {
		float inputProductScale = Quantizations.scale(input) * Quantizations.scale(filter);
		QuantizedMultiplier[] multipliers = new QuantizedMultiplier[channels];
		Arrays.fill(multipliers,
				QuantizedMultiplier.of((double) inputProductScale / (double) Quantizations.scale(output)));
		return new AccumulatorRequantizer(multipliers, output, activation);
	}

	byte requantize(int accumulator, int channel) {
		return (byte) range.clamp(multipliers[channel].apply(accumulator) + outputZeroPoint);
	}
}
