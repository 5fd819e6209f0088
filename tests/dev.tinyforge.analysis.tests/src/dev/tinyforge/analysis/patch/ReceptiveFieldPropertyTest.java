package dev.tinyforge.analysis.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.model.WindowArithmetic;
import dev.tinyforge.model.ir.Padding;
import org.junit.jupiter.api.Test;

/**
 * The windows {@link PatchTiling} propagates backwards through random stacks equal, for every patch, what
 * brute force finds: from the patch's output pixels, every tap of every pixel marks the input pixel it reads, and
 * since a patch computes a rectangle of each layer, the bounding box of the marks is what the layer below must
 * compute, down to the network input. A dilated kernel may skip the first rows of its clipped window, so with
 * dilation the window only has to hold the box.
 */
class ReceptiveFieldPropertyTest {

	@Test
	void patchWindowsAreTheBoundingBoxesOfTheInfluencingPixels() {
		Random random = new Random(20211206);
		RandomWindowStack stacks = new RandomWindowStack(random);
		for (int trial = 0; trial < 300; trial++) {
			LayerGraph g = stacks.build(1 + random.nextInt(5));
			int last = g.opCount() - 1;
			int out = g.opOutput(last, 0);
			int rows = 1 + random.nextInt(Math.min(4, g.tensorDim(out, 1)));
			int columns = 1 + random.nextInt(Math.min(4, g.tensorDim(out, 2)));
			PatchPlan plan = new PatchPlan(0, last, rows, columns);
			PatchTiling tiling = new PatchTiling(g, plan);
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					boolean[][] influence = influencingInputs(g, tiling.outputRows(last, r), tiling.outputColumns(last, c));
					String where = "trial " + trial + ", patch " + r + "," + c;
					if (bounds(influence, true).length() == 0 && !dilated(g)) {
						assertFalse(PatchPlans.problems(g, plan).isEmpty(), where + " reads only padding");
						continue;
					}
					check(dilated(g), bounds(influence, true), tiling.inputRows(0, r), where + ": rows");
					check(dilated(g), bounds(influence, false), tiling.inputColumns(0, c), where + ": columns");
				}
			}
		}
	}

	private static void check(boolean dilated, Span influence, Span window, String where) {
		if (!dilated) {
			assertEquals(influence, window, where);
		} else {
			assertTrue(influence.length() == 0 || window.start() <= influence.start() && influence.end() <= window.end(),
					where + ": " + window + " must hold " + influence);
		}
	}

	private static boolean dilated(LayerGraph g) {
		for (int op = 0; op < g.opCount(); op++) {
			if (g.dilationH(op) > 1 || g.dilationW(op) > 1) {
				return true;
			}
		}
		return false;
	}

	/** Marks the network input pixels that the output pixels of the box reach through any tap. */
	private static boolean[][] influencingInputs(LayerGraph g, Span rows, Span columns) {
		int last = g.opCount() - 1;
		int out = g.opOutput(last, 0);
		boolean[][] marked = new boolean[g.tensorDim(out, 1)][g.tensorDim(out, 2)];
		for (int y = rows.start(); y < rows.end(); y++) {
			for (int x = columns.start(); x < columns.end(); x++) {
				marked[y][x] = true;
			}
		}
		for (int op = last; op >= 0; op--) {
			marked = fillBox(reads(g, op, marked));
		}
		return marked;
	}

	private static boolean[][] fillBox(boolean[][] marked) {
		Span rows = bounds(marked, true);
		Span columns = bounds(marked, false);
		for (int y = rows.start(); y < rows.end(); y++) {
			for (int x = columns.start(); x < columns.end(); x++) {
				marked[y][x] = true;
			}
		}
		return marked;
	}

	private static boolean[][] reads(LayerGraph g, int op, boolean[][] outputs) {
		int in = g.opInput(op, 0);
		int height = g.tensorDim(in, 1);
		int width = g.tensorDim(in, 2);
		boolean[][] inputs = new boolean[height][width];
		for (int y = 0; y < outputs.length; y++) {
			for (int x = 0; x < outputs[y].length; x++) {
				if (outputs[y][x]) {
					markTaps(g, op, y, x, inputs);
				}
			}
		}
		return inputs;
	}

	private static void markTaps(LayerGraph g, int op, int y, int x, boolean[][] inputs) {
		if (g.opKind(op) == OpKind.PAD) {
			mark(inputs, y - g.padTop(op), x - g.padLeft(op));
			return;
		}
		int in = g.opInput(op, 0);
		Padding padding = g.samePadding(op) ? Padding.SAME : Padding.VALID;
		int dilationH = Math.max(g.dilationH(op), 1);
		int dilationW = Math.max(g.dilationW(op), 1);
		int top = WindowArithmetic.paddingBefore(g.tensorDim(in, 1), g.kernelH(op), g.strideH(op), dilationH, padding);
		int left = WindowArithmetic.paddingBefore(g.tensorDim(in, 2), g.kernelW(op), g.strideW(op), dilationW, padding);
		for (int ky = 0; ky < g.kernelH(op); ky++) {
			for (int kx = 0; kx < g.kernelW(op); kx++) {
				mark(inputs, y * g.strideH(op) - top + ky * dilationH, x * g.strideW(op) - left + kx * dilationW);
			}
		}
	}

	private static void mark(boolean[][] inputs, int y, int x) {
		if (y >= 0 && y < inputs.length && x >= 0 && x < inputs[0].length) {
			inputs[y][x] = true;
		}
	}

	/** The smallest span of rows (or columns) holding every marked pixel; an empty span at 0 if none is. */
	private static Span bounds(boolean[][] marked, boolean ofRows) {
		int low = Integer.MAX_VALUE;
		int high = -1;
		for (int y = 0; y < marked.length; y++) {
			for (int x = 0; x < marked[y].length; x++) {
				if (marked[y][x]) {
					int at = ofRows ? y : x;
					low = Math.min(low, at);
					high = Math.max(high, at);
				}
			}
		}
		return high < 0 ? new Span(0, 0) : new Span(low, high + 1);
	}
}
