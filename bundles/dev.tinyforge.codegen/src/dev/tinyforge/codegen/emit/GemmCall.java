package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.ir.Tensor;

/**
 * The call of a layer that is a matrix product: with int8 weights to {@link GemmKernel}, or, when the kernels
 * are built for speed, with widened ones to {@link WidenedGemmKernel}.
 */
final class GemmCall {

	private GemmCall() {
	}

	/** {@code weights[channels][depth]} times the {@code rows} rows of {@code depth} of the input. */
	static LayerCode emit(LayerContext layer, String baseName, Tensor input, Tensor output, int rows, int depth,
			int channels, byte[] weights, AccumulatorStage stage) {
		OutputRange out = OutputRange.of(stage);
		String symbol = layer.symbol("weights");
		KernelRegistry kernels = layer.kernels();
		String kernel;
		String weightsArray;
		if (kernels.widensWeights()) {
			kernel = kernels.use(new WidenedGemmKernel(baseName, rows, depth, channels, out));
			weightsArray = layer.constants().int32(symbol, WidenedWeights.pack(weights, channels, depth));
		} else {
			kernel = kernels.use(new GemmKernel(baseName, rows, depth, channels, out));
			weightsArray = layer.constants().int8(symbol, weights);
		}
		return new LayerCode(kernel, kernel + "(" + layer.pointer(input) + ", " + layer.pointer(output) + ", "
				+ weightsArray + ", " + stage.arguments(layer) + ");");
	}
}
