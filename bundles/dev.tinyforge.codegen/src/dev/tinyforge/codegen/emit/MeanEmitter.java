package dev.tinyforge.codegen.emit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/** MEAN over any axes, with the multiplier TFLM's {@code EvalMeanHelper} folds the division by the count into. */
final class MeanEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		Mean op = (Mean) layer.op();
		Tensor input = layer.input(0);
		Tensor output = layer.output();
		Int8Operands.require(layer, input, output);
		layer.requireSeparate(input, output);
		int[] shape = Tensors.shape(input);
		List<Boolean> reduced = new ArrayList<>();
		for (int d = 0; d < shape.length; d++) {
			reduced.add(false);
		}
		for (int axis : op.getAxes()) {
			int resolved = axis < 0 ? axis + shape.length : axis;
			if (resolved < 0 || resolved >= shape.length) {
				throw layer.unsupported("axis " + axis + " is outside the input's " + shape.length + " dimensions");
			}
			reduced.set(resolved, true);
		}
		long count = 1;
		for (int d = 0; d < shape.length; d++) {
			count *= reduced.get(d) ? shape[d] : 1;
		}
		QuantizedMultiplier scale = QuantizedMultiplier
				.of((double) Quantizations.scale(input) / (double) Quantizations.scale(output));
		MeanKernel kernel = new MeanKernel(Arrays.stream(shape).boxed().toList(), reduced,
				(int) (Quantizations.zeroPoint(input) * count), foldCount(scale, count),
				Quantizations.zeroPoint(output));
		String name = layer.kernels().use(kernel);
		return new LayerCode(name, name + "(" + layer.pointer(input) + ", " + layer.pointer(output) + ");");
	}

	/**
	 * The multiplier shifted left by floor(log2(count)) (at most 32, keeping the shift at least -31), divided by
	 * the count with truncation: TFLM's {@code QuantizedMeanOrSum}.
	 */
	private static QuantizedMultiplier foldCount(QuantizedMultiplier scale, long count) {
		int shift = 63 - Long.numberOfLeadingZeros(count);
		shift = Math.min(shift, 32);
		shift = Math.min(shift, 31 + scale.shift());
		int multiplier = (int) (((long) scale.multiplier() << shift) / count);
		return new QuantizedMultiplier(multiplier, scale.shift() - shift);
	}
}
