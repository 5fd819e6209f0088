package dev.tinyforge.tflite.internal.mapping;

import java.util.Arrays;

/**
 * The axis order in which the IR holds a tensor, when it differs from the file's. The IR has no transpose:
 * a TRANSPOSE that moves data is imported as a Reshape that keeps its input's bytes, and its output keeps
 * the input's axis order. Readers that can work in any axis order (MEAN) remap their axes through
 * {@link #axis(int)}; as soon as a reader's output has the file's byte order again, the graph continues with
 * the file's shapes. This keeps the arithmetic exact: each output element averages the same input elements.
 *
 * @param shape the IR shape, in the IR's axis order
 * @param permutation for each axis of the file's shape, the IR axis that holds it
 * @param origin the transpose that changed the order, for messages
 */
record Layout(int[] shape, int[] permutation, String origin) {

	/** The layout after transposing by {@code fileAxes} (output axis i is input axis fileAxes[i]). */
	Layout transposed(int[] fileAxes, String transpose) {
		int[] moved = new int[fileAxes.length];
		for (int i = 0; i < fileAxes.length; i++) {
			moved[i] = permutation[fileAxes[i]];
		}
		return new Layout(shape, moved, transpose);
	}

	/** The IR axis that holds axis {@code fileAxis} of the file's shape. */
	int axis(int fileAxis) {
		return permutation[fileAxis];
	}

	/** The layout of a reduction over {@code fileAxes}, which are removed unless {@code keepDims}. */
	Layout reduced(int[] fileAxes, boolean keepDims) {
		boolean[] reducedIrAxes = new boolean[shape.length];
		for (int fileAxis : fileAxes) {
			reducedIrAxes[axis(fileAxis)] = true;
		}
		if (keepDims) {
			int[] kept = shape.clone();
			for (int axis = 0; axis < kept.length; axis++) {
				kept[axis] = reducedIrAxes[axis] ? 1 : kept[axis];
			}
			return new Layout(kept, permutation, origin);
		}
		int[] newIrAxis = new int[shape.length];
		int[] remaining = new int[shape.length];
		int count = 0;
		for (int axis = 0; axis < shape.length; axis++) {
			if (!reducedIrAxes[axis]) {
				newIrAxis[axis] = count;
				remaining[count++] = shape[axis];
			}
		}
		int[] remainingPermutation = Arrays.stream(permutation).filter(axis -> !reducedIrAxes[axis])
				.map(axis -> newIrAxis[axis]).toArray();
		return new Layout(Arrays.copyOf(remaining, count), remainingPermutation, origin);
	}

	/**
	 * Whether the IR's bytes are in the file's order: the axes larger than 1 come in the same order in both,
	 * only axes of size 1 moved. The IR can then use the file's shape.
	 */
	boolean keepsFileOrder() {
		int last = -1;
		for (int axis : permutation) {
			if (shape[axis] != 1) {
				if (axis < last) {
					return false;
				}
				last = axis;
			}
		}
		return true;
	}
}
