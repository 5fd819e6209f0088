package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;
import dev.tinyforge.tflite.internal.schema.Conv2DOptionsTable;

/** CONV_2D: inputs [input NHWC, filter OHWI, bias if present]. */
final class Conv2DMapper implements OperatorMapper {

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(2, 1) || !context.inputHasRank(0, 4) || !context.inputHasRank(1, 4)
				|| !context.outputHasRank(4)) {
			return null;
		}
		Conv2D conv = IrFactory.eINSTANCE.createConv2D();
		context.connect(conv, 3);
		WindowAttributes.copyConvolution(
				context.options(BuiltinOptionsType.CONV_2D_OPTIONS, Conv2DOptionsTable::new), conv, context);
		return conv;
	}
}
