package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Tensor;

/** RESHAPE: nothing when the plan puts the output on the input's bytes, else a move of the bytes. */
final class ReshapeEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		Tensor input = layer.input(0);
		Tensor output = layer.output();
		if (Tensors.byteSize(input) != Tensors.byteSize(output)) {
			throw layer.unsupported("input and output differ in size");
		}
		if (layer.inPlace(input, output)) {
			return LayerCode.NOTHING;
		}
		return new LayerCode("", "memmove(arena + " + layer.offset(output) + ", arena + " + layer.offset(input) + ", "
				+ Tensors.byteSize(input) + ");");
	}
}
