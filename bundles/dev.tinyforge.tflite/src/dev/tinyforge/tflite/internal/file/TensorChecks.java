package dev.tinyforge.tflite.internal.file;

/**
 * Checks what every tensor must satisfy whatever its type and use: no negative dimension, a buffer index
 * inside the model, and quantization arrays that fit the shape. Type-dependent checks (data size) happen
 * when a tensor is converted, as only used tensors need a type the IR knows.
 */
public final class TensorChecks {

	private final TfliteFile file;
	private final Problems problems;

	private TensorChecks(TfliteFile file, Problems problems) {
		this.file = file;
		this.problems = problems;
	}

	public static void check(TfliteFile file, Problems problems) {
		TensorChecks checks = new TensorChecks(file, problems);
		for (TfliteTensor tensor : file.tensors()) {
			if (tensor != null) {
				checks.check(tensor);
			}
		}
	}

	private void check(TfliteTensor tensor) {
		for (int dim : tensor.shape()) {
			if (dim < 0) {
				report(tensor, "negative dimension in shape " + Places.values(tensor.shape()));
				break;
			}
		}
		if (tensor.buffer() >= file.buffers().length) {
			report(tensor, "buffer " + tensor.buffer() + " is outside the model's " + file.buffers().length + " buffers");
		}
		checkQuantization(tensor);
	}

	/** One scale and zero point per tensor, or one per slice along the quantized dimension. */
	private void checkQuantization(TfliteTensor tensor) {
		TfliteQuantization quantization = tensor.quantization();
		int scales = quantization.scales().length;
		if (scales == 0) {
			return;
		}
		if (quantization.zeroPoints().length != scales) {
			report(tensor, "quantization has " + scales + " scales but " + quantization.zeroPoints().length
					+ " zero points");
		}
		if (scales == 1) {
			return;
		}
		int[] shape = tensor.shape();
		int dimension = quantization.channelDimension(shape.length);
		if (dimension < 0 || dimension >= shape.length) {
			report(tensor, "quantized dimension " + dimension + " is outside shape " + Places.values(shape));
		} else if (shape[dimension] != scales) {
			report(tensor, scales + " scales for quantized dimension " + dimension + " of size " + shape[dimension]
					+ " (shape " + Places.values(shape) + ")");
		}
	}

	private void report(TfliteTensor tensor, String what) {
		problems.add(Places.tensor(file, tensor.index()), what);
	}
}
