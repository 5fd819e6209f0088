package dev.tinyforge.codegen.emit;

import java.util.Arrays;
import java.util.List;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Tensor;

/** PAD of an int8 tensor of any rank, in place if the plan puts the output where the input starts. */
final class PadEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		Pad op = (Pad) layer.op();
		Tensor input = layer.input(0);
		Tensor output = layer.output();
		Int8Operands.require(layer, input, output);
		if (!layer.inPlace(input, output)) {
			layer.requireSeparate(input, output);
		}
		int[] shape = layer.shape(input);
		List<Integer> paddings = op.getPaddings();
		if (shape.length == 0 || paddings.size() != 2 * shape.length) {
			throw layer.unsupported("expects two paddings per input dimension");
		}
		int[] before = new int[shape.length];
		for (int d = 0; d < shape.length; d++) {
			before[d] = paddings.get(2 * d);
		}
		PadKernel kernel = new PadKernel(Arrays.stream(shape).boxed().toList(),
				Arrays.stream(layer.padBefore(before)).boxed().toList(),
				Arrays.stream(layer.shape(output)).boxed().toList(), Quantizations.zeroPoint(output));
		String name = layer.kernels().use(kernel);
		return new LayerCode(name, name + "(" + layer.pointer(input) + ", " + layer.pointer(output) + ");");
	}
}
