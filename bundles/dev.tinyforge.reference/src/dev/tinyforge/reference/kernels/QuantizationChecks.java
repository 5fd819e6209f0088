package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.Tensor;

/** What TFLite's int8 kernels require of their operands' quantization. */
final class QuantizationChecks {

	private QuantizationChecks() {
	}

	/** TFLite's QUANTIZE and DEQUANTIZE kernels read one scale and zero point. */
	static void requirePerTensor(Tensor tensor) {
		if (Quantizations.isPerChannel(tensor)) {
			throw new IllegalArgumentException(Operands.describe(tensor) + " must be quantized per tensor");
		}
	}

	/** Weights must be symmetric: TFLite's int8 kernels ignore (and assert zero) weight zero points. */
	static void requireSymmetric(Tensor tensor) {
		for (long zeroPoint : Quantizations.zeroPoints(tensor)) {
			if (zeroPoint != 0) {
				throw new IllegalArgumentException(Operands.describe(tensor) + " has zero point " + zeroPoint
						+ "; int8 weights must be symmetric");
			}
		}
	}
}
