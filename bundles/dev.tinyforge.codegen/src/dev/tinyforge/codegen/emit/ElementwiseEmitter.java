package dev.tinyforge.codegen.emit;

import java.util.List;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Add;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * ADD and MUL with the multipliers of TFLM's {@code CalculateOpDataAdd} and {@code CalculateOpDataMul}: inputs
 * of the output's shape, or a second input that repeats along the last dimension (squeeze-and-excitation).
 */
final class ElementwiseEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		Tensor first = layer.input(0);
		Tensor second = layer.input(1);
		Tensor output = layer.output();
		Int8Operands.require(layer, first, second, output);
		long size = Tensors.elementCount(output);
		if (Tensors.elementCount(first) != size) {
			throw layer.unsupported("the first input must have the output's shape; broadcasting it is not supported");
		}
		long secondLength = Tensors.elementCount(second);
		int[] outputShape = Tensors.shape(output);
		if (secondLength != size && secondLength != outputShape[outputShape.length - 1]) {
			throw layer.unsupported("the second input must have the output's shape or be a vector of its last dimension");
		}
		for (Tensor input : List.of(first, second)) {
			if (!layer.inPlace(input, output)) {
				layer.requireSeparate(input, output);
			}
		}
		boolean add = layer.op() instanceof Add;
		float firstScale = Quantizations.scale(first);
		float secondScale = Quantizations.scale(second);
		float outputScale = Quantizations.scale(output);
		List<QuantizedMultiplier> multipliers;
		if (add) {
			double twiceMaxInputScale = 2 * (double) Math.max(firstScale, secondScale);
			multipliers = List.of(QuantizedMultiplier.of(firstScale / twiceMaxInputScale),
					QuantizedMultiplier.of(secondScale / twiceMaxInputScale), QuantizedMultiplier
							.of(twiceMaxInputScale / ((1 << ElementwiseKernel.ADD_LEFT_SHIFT) * (double) outputScale)));
		} else {
			multipliers = List.of(
					QuantizedMultiplier.of((double) firstScale * (double) secondScale / (double) outputScale));
		}
		int outputZeroPoint = Quantizations.zeroPoint(output);
		ActivationRange range = ActivationRange.of(layer.op().getActivation(), outputScale, outputZeroPoint);
		QuantizedMultiplier last = multipliers.get(multipliers.size() - 1);
		// ADD sums two inputs below 2^28 each after scaling; MUL multiplies two offsets below 2^8 each.
		long bound = add ? 1L << 29 : 1L << 16;
		OutputRange out = new OutputRange(outputZeroPoint, range.min(), range.max(),
				Requantization.of(bound, last.multiplier(), last.shift(), outputZeroPoint));
		String name = layer.kernels().use(new ElementwiseKernel(add, (int) size, (int) secondLength,
				-Quantizations.zeroPoint(first), -Quantizations.zeroPoint(second), multipliers, out));
		return new LayerCode(name, name + "(" + layer.pointer(first) + ", " + layer.pointer(second) + ", "
				+ layer.pointer(output) + ");");
	}
}
