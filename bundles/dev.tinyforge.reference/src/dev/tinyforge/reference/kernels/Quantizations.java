package dev.tinyforge.reference.kernels;

import java.util.List;

import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;

/**
 * A tensor's quantization as TFLite's kernels read it: {@code params.scale} and {@code params.zero_point} are the
 * first entries, per-channel scales the whole list.
 */
final class Quantizations {

	private Quantizations() {
	}

	static float scale(Tensor tensor) {
		return of(tensor).getScale().get(0);
	}

	static int zeroPoint(Tensor tensor) {
		List<Long> zeroPoints = of(tensor).getZeroPoint();
		return zeroPoints.isEmpty() ? 0 : Math.toIntExact(zeroPoints.get(0));
	}

	/** One scale per channel: the tensor's own list if it has one entry per channel, else its scale repeated. */
	static float[] channelScales(Tensor tensor, int channels) {
		List<Float> scales = of(tensor).getScale();
		if (scales.size() != 1 && scales.size() != channels) {
			throw new IllegalArgumentException(Operands.describe(tensor) + " has " + scales.size()
					+ " scales, expected 1 or " + channels);
		}
		float[] result = new float[channels];
		for (int channel = 0; channel < channels; channel++) {
			result[channel] = scales.get(scales.size() == 1 ? 0 : channel);
		}
		return result;
	}

	static boolean isPerChannel(Tensor tensor) {
		return of(tensor).getScale().size() > 1;
	}

	/** TFLite's QUANTIZE and DEQUANTIZE kernels read one scale and zero point. */
	static void requirePerTensor(Tensor tensor) {
		if (isPerChannel(tensor)) {
			throw new IllegalArgumentException(Operands.describe(tensor) + " must be quantized per tensor");
		}
	}

	/** Weights must be symmetric: TFLite's int8 kernels ignore (and assert zero) weight zero points. */
	static void requireSymmetric(Tensor tensor) {
		for (long zeroPoint : of(tensor).getZeroPoint()) {
			if (zeroPoint != 0) {
				throw new IllegalArgumentException(Operands.describe(tensor) + " has zero point " + zeroPoint
						+ "; int8 weights must be symmetric");
			}
		}
	}

	private static Quantization of(Tensor tensor) {
		Quantization quantization = tensor.getQuantization();
		if (quantization == null || quantization.getScale().isEmpty()) {
			throw new IllegalArgumentException(Operands.describe(tensor) + " has no quantization scale");
		}
		return quantization;
	}
}
