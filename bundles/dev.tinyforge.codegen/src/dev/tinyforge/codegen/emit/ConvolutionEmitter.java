package dev.tinyforge.codegen.emit;

import dev.tinyforge.analysis.memory.CodegenInPlacePolicy;
import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.Tensor;

/**
 * CONV_2D: a 1x1 window with stride 1 is a matrix product over pixels ({@link GemmCall}), whose input may start
 * the analysis' lead after its output; anything larger goes through im2col when the analysis gives it the scratch
 * for one or two patches (one, with widened weights), or reads the input directly when not.
 */
final class ConvolutionEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		Conv2D op = (Conv2D) layer.op();
		Tensor input = layer.input(0);
		Tensor filter = layer.input(1);
		Tensor output = layer.output();
		Int8Operands.require(layer, input, output);
		if (op.getDilationH() != 1 || op.getDilationW() != 1) {
			throw layer.unsupported("dilated convolutions are not supported");
		}
		int[] in = Int8Operands.nhwc(layer, input);
		int[] filterShape = Tensors.shape(filter);
		if (filterShape.length != 4) {
			throw layer.unsupported("the filter must have rank 4 (OHWI)");
		}
		int outDepth = filterShape[0];
		if (filterShape[3] != in[3]) {
			throw layer.unsupported("grouped convolutions are not supported");
		}
		byte[] weights = ConstantTensors.int8(layer, filter);
		AccumulatorStage stage = AccumulatorStage.of(layer, input, filter, layer.optionalInput(2), output,
				op.getActivation(), true, WeightSums.ofRows(weights, outDepth));
		WindowGeometry window = layer.window(op, in[1], in[2], filterShape[1], filterShape[2]);
		if (WidenedWeights.isPointwise(op, filterShape)) {
			layer.requireLead(input, output,
					CodegenInPlacePolicy.pointwiseInputLead(window.outputPixels(), in[3], outDepth));
			return GemmCall.emit(layer, "conv1x1", input, output, window.outputPixels(), in[3], outDepth, weights,
					stage);
		}
		layer.requireSeparate(input, output);
		int patch = window.taps() * in[3];
		int columns = (int) Math.min(2, layer.scratchBytes() / patch);
		boolean widened = layer.kernels().widensWeights() && WidenedWeights.appliesTo(op, layer.scratchBytes());
		String name = layer.kernels().use(new WindowedConvKernel(window, in[3], outDepth,
				Quantizations.zeroPoint(input), OutputRange.of(stage), widened ? 1 : columns, widened));
		String constants = widened ? WidenedWeights.array(layer, weights, outDepth, patch, stage)
				: layer.constants().int8(layer.symbol("weights"), weights) + ", " + stage.arguments(layer);
		String arguments = layer.pointer(input) + ", " + layer.pointer(output) + ", " + constants + ", "
				+ layer.scratchPointer();
		return new LayerCode(name, name + "(" + arguments + ");");
	}
}
