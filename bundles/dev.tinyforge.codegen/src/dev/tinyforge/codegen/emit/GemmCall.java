package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.ir.Tensor;

/**
 * The call of a layer that is a matrix product: with int8 weights and an array of its {@link GemmShape} header,
 * biases, multipliers and shifts to {@link GemmKernel}, or, when the kernels are built for speed, with the header
 * and all of them in one array of {@link WidenedWeights} to {@link WidenedGemmKernel}. Either kernel is shared by
 * the layers whose code is the same.
 */
final class GemmCall {

	private GemmCall() {
	}

	/** {@code weights[channels][depth]} times the {@code rows} rows of {@code depth} of the input. */
	static LayerCode emit(LayerContext layer, String baseName, Tensor input, Tensor output, int rows, int depth,
			int channels, byte[] weights, AccumulatorStage stage) {
		GemmShape shape = new GemmShape(rows, depth, channels, OutputRange.of(stage));
		KernelRegistry kernels = layer.kernels();
		ConstantData constants = layer.constants();
		String pointers = layer.pointer(input) + ", " + layer.pointer(output) + ", ";
		if (kernels.widensWeights()) {
			String kernel = kernels.use(WidenedGemmKernel.shared(baseName, shape),
					WidenedGemmKernel.baked(baseName, shape));
			int[] packed = shape.prepend(
					WidenedWeights.pack(weights, channels, depth, stage.bias, stage.multipliers, stage.shiftArguments()));
			return new LayerCode(kernel, kernel + "(" + pointers + constants.int32(layer.symbol("constants"), packed)
					+ ", " + rows + ");");
		}
		String kernel = kernels.use(GemmKernel.shared(baseName, shape), GemmKernel.baked(baseName, shape));
		return new LayerCode(kernel, kernel + "(" + pointers + constants.int8(layer.symbol("weights"), weights) + ", "
				+ constants.int32(layer.symbol("constants"), GemmKernel.constants(shape, stage)) + ", " + rows + ");");
	}
}
