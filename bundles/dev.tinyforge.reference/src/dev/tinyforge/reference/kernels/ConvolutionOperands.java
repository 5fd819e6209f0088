package dev.tinyforge.reference.kernels;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.ir.ConvolutionOperator;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Tensor;

/**
 * What convolutions and depthwise convolutions share, checked and prepared: an int8 NHWC input, a constant int8
 * filter of rank 4, an optional int32 bias per output channel, the window, the input offset (the negated input
 * zero point) and the per-channel output stage.
 */
final class ConvolutionOperands {

	final int batches;
	final int inputHeight;
	final int inputWidth;
	final int inputDepth;
	final int outputDepth;
	final int[] filterShape;
	final byte[] filter;
	/** All zeros when the operator has no bias: TFLite then adds nothing, which is the same. */
	final int[] bias;
	final Window window;
	final int inputOffset;
	final AccumulatorRequantizer requantizer;

	/**
	 * @param outputChannelDimension the filter dimension that counts output channels: 0 for OHWI, 3 for 1HWC
	 */
	ConvolutionOperands(ConvolutionOperator op, int outputChannelDimension) {
		Operands.requireInputs(op, 2, 3);
		Tensor input = Operands.input(op, 0);
		Tensor filterTensor = Operands.input(op, 1);
		Tensor biasTensor = Operands.optionalInput(op, 2);
		Tensor output = Operands.output(op);
		Operands.requireType(input, DataType.INT8);
		Operands.requireType(output, DataType.INT8);
		int[] inputShape = Operands.shape(input, 4);
		batches = inputShape[0];
		inputHeight = inputShape[1];
		inputWidth = inputShape[2];
		inputDepth = inputShape[3];
		filterShape = Operands.shape(filterTensor, 4);
		filter = Operands.constantInt8(filterTensor);
		QuantizationChecks.requireSymmetric(filterTensor);
		outputDepth = filterShape[outputChannelDimension];
		if (biasTensor == null) {
			bias = new int[outputDepth];
		} else {
			Operands.requireShape(biasTensor, outputDepth);
			bias = Operands.constantInt32(biasTensor);
		}
		window = Window.of(op, inputHeight, inputWidth, filterShape[1], filterShape[2], op.getDilationH(),
				op.getDilationW());
		Operands.requireShape(output, batches, window.outputHeight(), window.outputWidth(), outputDepth);
		inputOffset = -Quantizations.zeroPoint(input);
		requantizer = AccumulatorRequantizer.perChannel(input, filterTensor, output, op.getActivation(),
				outputDepth);
	}
}
