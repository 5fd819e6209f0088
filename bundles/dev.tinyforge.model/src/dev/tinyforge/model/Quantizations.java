package dev.tinyforge.model;

import java.util.List;

import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;

/**
 * A tensor's quantization as TFLite's kernels read it: {@code params.scale} and {@code params.zero_point} are the
 * first entries, per-channel scales the whole list. The reference interpreter and the code generator both read
 * quantization through here, so they cannot disagree on it.
 */
public final class Quantizations {

	private Quantizations() {
	}

	public static float scale(Tensor tensor) {
		return of(tensor).getScale().get(0);
	}

	public static int zeroPoint(Tensor tensor) {
		List<Long> zeroPoints = of(tensor).getZeroPoint();
		return zeroPoints.isEmpty() ? 0 : Math.toIntExact(zeroPoints.get(0));
	}

	/** One scale per channel: the tensor's own list if it has one entry per channel, else its scale repeated. */
	public static float[] channelScales(Tensor tensor, int channels) {
		List<Float> scales = of(tensor).getScale();
		if (scales.size() != 1 && scales.size() != channels) {
			throw new IllegalArgumentException(describe(tensor) + " has " + scales.size() + " scales, expected 1 or "
					+ channels);
		}
		float[] result = new float[channels];
		for (int channel = 0; channel < channels; channel++) {
			result[channel] = scales.get(scales.size() == 1 ? 0 : channel);
		}
		return result;
	}

	public static boolean isPerChannel(Tensor tensor) {
		return of(tensor).getScale().size() > 1;
	}

	/** The zero points, empty for none: TFLite's int8 kernels require weights' to be all zero. */
	public static List<Long> zeroPoints(Tensor tensor) {
		return of(tensor).getZeroPoint();
	}

	private static Quantization of(Tensor tensor) {
		Quantization quantization = tensor.getQuantization();
		if (quantization == null || quantization.getScale().isEmpty()) {
			throw new IllegalArgumentException(describe(tensor) + " has no quantization scale");
		}
		return quantization;
	}

	private static String describe(Tensor tensor) {
		return "tensor '" + tensor.getName() + "'";
	}
}
