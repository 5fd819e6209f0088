package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Softmax;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;
import dev.tinyforge.tflite.internal.schema.SoftmaxOptionsTable;

/** SOFTMAX: one input; beta from SoftmaxOptions. */
final class SoftmaxMapper implements OperatorMapper {

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(1, 0)) {
			return null;
		}
		Softmax softmax = IrFactory.eINSTANCE.createSoftmax();
		context.connect(softmax, 1);
		softmax.setBeta(context.options(BuiltinOptionsType.SOFTMAX_OPTIONS, SoftmaxOptionsTable::new).beta());
		return softmax;
	}
}
