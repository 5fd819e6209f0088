package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;
import dev.tinyforge.tflite.internal.schema.ReducerOptionsTable;

/**
 * MEAN: inputs [input]; the constant axis tensor becomes the axes, negative ones counted from the end. An
 * average does not depend on the order of the axes, so MEAN also reads tensors that a transpose left in
 * another axis order, with its axes remapped (see {@link Layout}).
 */
final class MeanMapper implements OperatorMapper {

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(2, 0)) {
			return null;
		}
		int[] axes = context.constantInts(1, "axis");
		if (axes == null) {
			return null;
		}
		int rank = context.inputShape(0).length;
		for (int i = 0; i < axes.length; i++) {
			int axis = axes[i] < 0 ? axes[i] + rank : axes[i];
			if (axis < 0 || axis >= rank) {
				context.problem("axis " + axes[i] + " is outside the input's " + rank + " dimensions");
				return null;
			}
			axes[i] = axis;
		}
		boolean keepDims = context.options(BuiltinOptionsType.REDUCER_OPTIONS, ReducerOptionsTable::new).keepDims();
		Layout layout = context.inputLayout();
		Mean mean = IrFactory.eINSTANCE.createMean();
		for (int axis : axes) {
			mean.getAxes().add(layout.axis(axis));
		}
		mean.setKeepDims(keepDims);
		context.connectInAnyLayout(mean);
		context.setOutputLayout(layout.reduced(axes, keepDims));
		return mean;
	}
}
