package dev.tinyforge.tflite.internal.mapping;

import java.util.Arrays;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.tflite.internal.file.Places;

/**
 * PAD: inputs [input]; the constant paddings tensor, shaped [rank, 2] in row-major order, is already the
 * flattened [before0, after0, before1, after1, ...] of the paddings attribute.
 */
final class PadMapper implements OperatorMapper {

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(2, 0)) {
			return null;
		}
		int[] paddings = context.constantInts(1, "paddings");
		if (paddings == null) {
			return null;
		}
		int rank = context.inputShape(0).length;
		if (paddings.length != 2 * rank) {
			context.problem(paddings.length + " padding values for an input of rank " + rank + ", expected "
					+ 2 * rank);
			return null;
		}
		if (Arrays.stream(paddings).anyMatch(padding -> padding < 0)) {
			context.problem("negative padding in " + Places.values(paddings));
			return null;
		}
		Pad pad = IrFactory.eINSTANCE.createPad();
		context.connect(pad, 1);
		for (int padding : paddings) {
			pad.getPaddings().add(padding);
		}
		return pad;
	}
}
