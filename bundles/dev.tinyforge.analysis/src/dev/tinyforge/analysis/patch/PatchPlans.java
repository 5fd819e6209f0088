package dev.tinyforge.analysis.patch;

import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.analysis.graph.LayerGraph;

/** Whether a patch plan can run on a graph, and the longest prefix that can end at a given operator. */
public final class PatchPlans {

	private PatchPlans() {
	}

	/**
	 * Why the plan cannot run, one sentence per reason naming the operator; empty when it can. A prefix must be a
	 * chain of {@linkplain ReceptiveField#spatial spatial} operators on 4-D activations, each reading only the
	 * one before it, whose outputs nothing else reads; the grid must not be finer than the split output, and every
	 * patch must read some data at every operator.
	 */
	public static List<String> problems(LayerGraph g, PatchPlan plan) {
		List<String> problems = new ArrayList<>();
		if (plan.splitOp() >= g.opCount()) {
			problems.add("the network has " + g.opCount() + " operators, the patch plan ends at operator #"
					+ plan.splitOp());
			return problems;
		}
		for (int op = plan.firstOp(); op <= plan.splitOp(); op++) {
			String reason = notChainable(g, op, op > plan.firstOp(), op < plan.splitOp());
			if (reason != null) {
				problems.add(describe(g, op) + " " + reason);
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		int split = g.opOutput(plan.splitOp(), 0);
		int height = g.tensorDim(split, ReceptiveField.ROWS);
		int width = g.tensorDim(split, ReceptiveField.COLUMNS);
		if (plan.rows() > height || plan.columns() > width) {
			problems.add("a " + plan.rows() + "x" + plan.columns() + " patch grid is finer than the " + height + "x"
					+ width + " output of " + describe(g, plan.splitOp()));
			return problems;
		}
		PatchTiling tiling = new PatchTiling(g, plan);
		for (int op = plan.firstOp(); op <= plan.splitOp(); op++) {
			if (emptyWindow(tiling, op)) {
				problems.add("a patch of the " + plan.rows() + "x" + plan.columns() + " grid reads only padding at "
						+ describe(g, op) + "; use a coarser grid");
				break;
			}
		}
		return problems;
	}

	/** The first operator of the longest valid prefix ending at {@code splitOp}, -1 if none. */
	public static int longestPrefixStart(LayerGraph g, int splitOp) {
		if (notChainable(g, splitOp, false, false) != null) {
			return -1;
		}
		int first = splitOp;
		while (first > 0 && notChainable(g, first, true, first < splitOp) == null
				&& notChainable(g, first - 1, false, true) == null) {
			first--;
		}
		return first;
	}

	/**
	 * Why operator {@code op} cannot be part of a prefix, null if it can.
	 *
	 * @param readsPrevious it reads the operator before it, which must then write its activation
	 * @param feedsNext     the next operator of the prefix reads its output, so nothing else may
	 */
	private static String notChainable(LayerGraph g, int op, boolean readsPrevious, boolean feedsNext) {
		if (!ReceptiveField.spatial(g.opKind(op))) {
			return "(" + g.opKind(op) + ") cannot run patch by patch: only convolutions, pools and pads can";
		}
		int in = g.opInput(op, 0);
		int out = g.opOutput(op, 0);
		if (g.tensorRank(in) != 4 || g.tensorRank(out) != 4 || g.tensorDim(out, 0) != 1) {
			return "does not work on one NHWC feature map";
		}
		if (readsPrevious && g.producer(in) != op - 1) {
			return "does not read the operator before it, so the patches would not form a chain";
		}
		if (feedsNext && (consumers(g, out) != 1 || isGraphOutput(g, out))) {
			return "has an output that operators outside the chain read, which patches cannot provide";
		}
		return null;
	}

	private static boolean emptyWindow(PatchTiling tiling, int op) {
		for (int r = 0; r < tiling.plan().rows(); r++) {
			if (tiling.inputRows(op, r).length() == 0) {
				return true;
			}
		}
		for (int c = 0; c < tiling.plan().columns(); c++) {
			if (tiling.inputColumns(op, c).length() == 0) {
				return true;
			}
		}
		return false;
	}

	private static int consumers(LayerGraph g, int tensor) {
		int count = 0;
		for (int op = 0; op < g.opCount(); op++) {
			for (int k = 0; k < g.opInputCount(op); k++) {
				if (g.opInput(op, k) == tensor) {
					count++;
				}
			}
		}
		return count;
	}

	private static boolean isGraphOutput(LayerGraph g, int tensor) {
		for (int k = 0; k < g.graphOutputCount(); k++) {
			if (g.graphOutput(k) == tensor) {
				return true;
			}
		}
		return false;
	}

	static String describe(LayerGraph g, int op) {
		return "operator #" + op + " '" + g.opName(op) + "'";
	}
}
