package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;
import dev.tinyforge.tflite.internal.schema.DepthwiseConv2DOptionsTable;

/**
 * DEPTHWISE_CONV_2D: inputs [input NHWC, filter 1HW(C*multiplier), bias if present]. The depth multiplier
 * is the filter's channels over the input's, as newer TFLite kernels compute it; a file value that
 * contradicts it is reported, because TFLite Micro's kernels still use the file value.
 */
final class DepthwiseConv2DMapper implements OperatorMapper {

	private static final int CHANNELS = 3;

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(2, 1) || !context.inputHasRank(0, 4) || !context.inputHasRank(1, 4)
				|| !context.outputHasRank(4)) {
			return null;
		}
		DepthwiseConv2DOptionsTable options = context.options(BuiltinOptionsType.DEPTHWISE_CONV_2D_OPTIONS,
				DepthwiseConv2DOptionsTable::new);
		DepthwiseConv2D conv = IrFactory.eINSTANCE.createDepthwiseConv2D();
		context.connect(conv, 3);
		WindowAttributes.copyConvolution(options, conv, context);
		conv.setDepthMultiplier(depthMultiplier(options.depthMultiplier(), context));
		return conv;
	}

	private static int depthMultiplier(int stated, OperatorContext context) {
		int inputChannels = context.inputShape(0)[CHANNELS];
		int filterChannels = context.inputShape(1)[CHANNELS];
		if (inputChannels < 1 || filterChannels % inputChannels != 0) {
			context.problem("the filter's " + filterChannels + " channels are not a multiple of the input's "
					+ inputChannels);
			return stated;
		}
		int multiplier = filterChannels / inputChannels;
		if (stated != 0 && stated != multiplier) {
			context.problem("depth_multiplier " + stated + " contradicts the filter's " + filterChannels
					+ " channels for the input's " + inputChannels);
		}
		return multiplier;
	}
}
