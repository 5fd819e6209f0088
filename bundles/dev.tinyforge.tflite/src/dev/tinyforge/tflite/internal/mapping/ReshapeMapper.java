package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Reshape;
import dev.tinyforge.tflite.internal.file.Places;
import dev.tinyforge.tflite.internal.file.Shapes;

/**
 * RESHAPE: inputs [input]. The optional shape tensor is dropped: the output tensor's shape is the one that
 * counts, and it must hold as many elements as the input.
 */
final class ReshapeMapper implements OperatorMapper {

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(1, 1)) {
			return null;
		}
		int[] in = context.inputShape(0);
		int[] out = context.outputShape();
		if (Shapes.elementCount(in) != Shapes.elementCount(out)) {
			context.problem("input shape " + Places.values(in) + " and output shape " + Places.values(out)
					+ " hold different numbers of elements");
			return null;
		}
		Reshape reshape = IrFactory.eINSTANCE.createReshape();
		context.connect(reshape, 1);
		return reshape;
	}
}
