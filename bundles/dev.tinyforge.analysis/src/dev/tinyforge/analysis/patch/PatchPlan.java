package dev.tinyforge.analysis.patch;

/**
 * Runs operators {@code firstOp..splitOp} patch by patch: the split operator's output is cut into a grid of
 * {@code rows x columns} patches, and for each patch every operator of the prefix computes only the window the
 * next one reads. The rest of the network runs layer by layer.
 */
public record PatchPlan(int firstOp, int splitOp, int rows, int columns) {

	public PatchPlan {
		if (firstOp < 0 || splitOp < firstOp || rows < 1 || columns < 1) {
			throw new IllegalArgumentException("patch plan: operators " + firstOp + ".." + splitOp + " in a " + rows
					+ "x" + columns + " grid");
		}
	}

	public boolean inPrefix(int op) {
		return op >= firstOp && op <= splitOp;
	}

	@Override
	public String toString() {
		return rows + "x" + columns + " patches, operators " + firstOp + ".." + splitOp;
	}
}
