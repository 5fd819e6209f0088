package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.ir.Tensor;

/**
 * The call of a layer that is a matrix product: with int8 weights and its bias, multiplier and shift arrays to
 * {@link GemmKernel}, or, when the kernels are built for speed, with all of them in one array of
 * {@link WidenedWeights} to {@link WidenedGemmKernel}.
 */
final class GemmCall {

	private GemmCall() {
	}

	/** {@code weights[channels][depth]} times the {@code rows} rows of {@code depth} of the input. */
	static LayerCode emit(LayerContext layer, String baseName, Tensor input, Tensor output, int rows, int depth,
			int channels, byte[] weights, AccumulatorStage stage) {
		OutputRange out = OutputRange.of(stage);
		KernelRegistry kernels = layer.kernels();
		String pointers = layer.pointer(input) + ", " + layer.pointer(output) + ", ";
		if (kernels.widensWeights()) {
			GemmShape shape = new GemmShape(rows, depth, channels, out);
			String kernel = kernels.use(WidenedGemmKernel.shared(baseName, shape),
					WidenedGemmKernel.baked(baseName, shape));
			int[] constants = shape.prepend(
					WidenedWeights.pack(weights, channels, depth, stage.bias, stage.multipliers, stage.shiftArguments()));
			return new LayerCode(kernel, kernel + "(" + pointers
					+ layer.constants().int32(layer.symbol("constants"), constants) + ", " + rows + ");");
		}
		String kernel = kernels.use(new GemmKernel(baseName, rows, depth, channels, out));
		return new LayerCode(kernel, kernel + "(" + pointers + layer.constants().int8(layer.symbol("weights"), weights)
				+ ", "
				+ stage.arguments(layer) + ");");
	}
}
