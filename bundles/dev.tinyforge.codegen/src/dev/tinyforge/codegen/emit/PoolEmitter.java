package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;

/** AVERAGE_POOL_2D and MAX_POOL_2D. */
final class PoolEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		Pool2D op = (Pool2D) layer.op();
		Tensor input = layer.input(0);
		Tensor output = layer.output();
		Int8Operands.require(layer, input, output);
		layer.requireSeparate(input, output);
		int[] in = Int8Operands.nhwc(layer, input);
		WindowGeometry window = layer.window(op, in[1], in[2], op.getFilterH(), op.getFilterW());
		ActivationRange range = ActivationRange.of(op.getActivation(), Quantizations.scale(output),
				Quantizations.zeroPoint(output));
		String name = layer.kernels()
				.use(new PoolKernel(op.getKind() == PoolKind.MAX, window, in[3], range.min(), range.max()));
		return new LayerCode(name, name + "(" + layer.pointer(input) + ", " + layer.pointer(output) + ");");
	}
}
