package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Tensor;

/** FULLY_CONNECTED: the flattened input's rows times the weight rows, a matrix product. */
final class FullyConnectedEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		FullyConnected op = (FullyConnected) layer.op();
		Tensor input = layer.input(0);
		Tensor weightTensor = layer.input(1);
		Tensor output = layer.output();
		Int8Operands.require(layer, input, output);
		layer.requireSeparate(input, output);
		int[] weightShape = Tensors.shape(weightTensor);
		if (weightShape.length != 2) {
			throw layer.unsupported("the weights must have shape [outputs, inputs]");
		}
		int outputs = weightShape[0];
		int depth = weightShape[1];
		long rows = Tensors.elementCount(output) / outputs;
		if (rows * depth != Tensors.elementCount(input)) {
			throw layer.unsupported("the input does not flatten to rows of " + depth);
		}
		byte[] weights = ConstantTensors.int8(layer, weightTensor);
		AccumulatorStage stage = AccumulatorStage.of(layer, input, weightTensor, layer.optionalInput(2), output,
				op.getActivation(), Quantizations.isPerChannel(weightTensor), WeightSums.ofRows(weights, outputs));
		return GemmCall.emit(layer, "fully_connected", input, output, (int) rows, depth, outputs, weights, stage);
	}
}
