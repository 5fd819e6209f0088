package dev.tinyforge.codegen.emit;

import java.util.List;

import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;

/** A tensor's quantization as TFLite's kernels read it: the first scale and zero point, or every scale. */
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

	/** One scale per channel: the tensor's own, or its single scale repeated. */
	static float[] channelScales(Tensor tensor, int channels) {
		List<Float> scales = of(tensor).getScale();
		if (scales.size() != 1 && scales.size() != channels) {
			throw new IllegalArgumentException("tensor '" + tensor.getName() + "' has " + scales.size()
					+ " scales for " + channels + " channels");
		}
		float[] result = new float[channels];
		for (int c = 0; c < channels; c++) {
			result[c] = scales.get(scales.size() == 1 ? 0 : c);
		}
		return result;
	}

	static boolean isPerChannel(Tensor tensor) {
		return of(tensor).getScale().size() > 1;
	}

	private static Quantization of(Tensor tensor) {
		Quantization quantization = tensor.getQuantization();
		if (quantization == null || quantization.getScale().isEmpty()) {
			throw new IllegalArgumentException("tensor '" + tensor.getName() + "' is not quantized");
		}
		return quantization;
	}
}
