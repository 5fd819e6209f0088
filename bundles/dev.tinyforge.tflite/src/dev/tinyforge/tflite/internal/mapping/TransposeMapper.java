package dev.tinyforge.tflite.internal.mapping;

import java.util.Arrays;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Reshape;
import dev.tinyforge.tflite.internal.file.Places;

/**
 * TRANSPOSE, imported as a Reshape: the IR has no transpose. When the permutation only moves dimensions of
 * size 1 the bytes do not move, and the Reshape gives them the file's output shape. Otherwise the Reshape
 * keeps its input's shape, and the output stays in the input's axis order (see {@link Layout}); that is only
 * supported if MEANs reduce it back to the file's order before anything else reads it.
 */
final class TransposeMapper implements OperatorMapper {

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(2, 0)) {
			return null;
		}
		int[] permutation = context.constantInts(1, "permutation");
		if (permutation == null) {
			return null;
		}
		int[] in = context.inputShape(0);
		int[] permuted = permute(in, permutation);
		if (permuted == null) {
			context.problem("permutation " + Places.values(permutation) + " does not permute the input's "
					+ in.length + " dimensions");
			return null;
		}
		if (!Arrays.equals(permuted, context.outputShape())) {
			context.problem("output shape " + Places.values(context.outputShape()) + " is not input shape "
					+ Places.values(in) + " permuted by " + Places.values(permutation));
			return null;
		}
		Layout layout = context.inputLayout();
		Reshape reshape = IrFactory.eINSTANCE.createReshape();
		context.connectInAnyLayout(reshape);
		context.setOutputLayout(layout.transposed(permutation,
				context.origin() + " with permutation " + Places.values(permutation)));
		return reshape;
	}

	/** The shape {@code permutation} gives, or null if it is not a permutation of the shape's axes. */
	private static int[] permute(int[] shape, int[] permutation) {
		if (permutation.length != shape.length) {
			return null;
		}
		boolean[] used = new boolean[shape.length];
		int[] permuted = new int[shape.length];
		for (int i = 0; i < permutation.length; i++) {
			int axis = permutation[i];
			if (axis < 0 || axis >= shape.length || used[axis]) {
				return null;
			}
			used[axis] = true;
			permuted[i] = shape[axis];
		}
		return permuted;
	}
}
