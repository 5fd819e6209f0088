package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Tensor;

/** QUANTIZE of a float32 tensor to int8, with the output's single scale and zero point. */
final class FloatQuantizeEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		Tensor input = layer.input(0);
		Tensor output = layer.output();
		Int8Operands.require(layer, output);
		if (Tensors.elementCount(input) != Tensors.elementCount(output)) {
			throw layer.unsupported("input and output differ in element count");
		}
		if (Quantizations.isPerChannel(output)) {
			throw layer.unsupported("the output must be quantized per tensor");
		}
		if (!layer.inPlace(input, output)) {
			layer.requireSeparate(input, output);
		}
		String name = layer.kernels().use(new FloatQuantizeKernel((int) Tensors.elementCount(input),
				Quantizations.scale(output), Quantizations.zeroPoint(output)));
		return new LayerCode(name, name + "(" + layer.pointer(input) + ", " + layer.pointer(output) + ");");
	}
}
