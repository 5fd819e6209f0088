package dev.tinyforge.analysis.patch;

import dev.tinyforge.analysis.cost.OperatorCosts;
import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * The windows each operator of a {@link PatchPlan}'s prefix computes, per patch. The split operator's output is
 * cut into rows and columns as evenly as integers allow; every earlier operator computes what the next one
 * reads. Rows and columns are independent, so patch {@code (r, c)} covers {@code outputRows(op, r) x
 * outputColumns(op, c)}. Expects a plan {@link PatchPlans#problems} accepts.
 */
public final class PatchTiling {

	private final LayerGraph g;
	private final PatchPlan plan;
	// [k][patch row or column]: k = 0 is the prefix' input, k = i + 1 the output of operator firstOp + i
	private final Span[][] rows;
	private final Span[][] columns;

	public PatchTiling(LayerGraph g, PatchPlan plan) {
		this.g = g;
		this.plan = plan;
		rows = spans(ReceptiveField.ROWS, plan.rows());
		columns = spans(ReceptiveField.COLUMNS, plan.columns());
	}

	private Span[][] spans(int axis, int parts) {
		int levels = plan.splitOp() - plan.firstOp() + 2;
		Span[][] spans = new Span[levels][parts];
		int size = g.tensorDim(g.opOutput(plan.splitOp(), 0), axis);
		for (int p = 0; p < parts; p++) {
			spans[levels - 1][p] = new Span((int) ((long) p * size / parts), (int) ((long) (p + 1) * size / parts));
		}
		for (int k = levels - 2; k >= 0; k--) {
			for (int p = 0; p < parts; p++) {
				spans[k][p] = ReceptiveField.input(g, plan.firstOp() + k, axis, spans[k + 1][p]);
			}
		}
		return spans;
	}

	public PatchPlan plan() {
		return plan;
	}

	public LayerGraph graph() {
		return g;
	}

	/** The output rows operator {@code op} of the prefix computes for patch row {@code row}. */
	public Span outputRows(int op, int row) {
		return rows[level(op) + 1][row];
	}

	public Span outputColumns(int op, int column) {
		return columns[level(op) + 1][column];
	}

	/** The input rows operator {@code op} reads for patch row {@code row}: the ones that hold data. */
	public Span inputRows(int op, int row) {
		return rows[level(op)][row];
	}

	public Span inputColumns(int op, int column) {
		return columns[level(op)][column];
	}

	/** Bytes of the largest window of the operator's output over all patches. */
	public long outputTileBytes(int op) {
		return tileBytes(g.opOutput(op, 0), level(op) + 1);
	}

	/** Bytes of the largest window of the operator's input over all patches. */
	public long inputTileBytes(int op) {
		return tileBytes(g.opInput(op, 0), level(op));
	}

	/** The most output rows and columns of one patch of the operator. */
	public int maxOutputRows(int op) {
		return longest(rows[level(op) + 1]);
	}

	public int maxOutputColumns(int op) {
		return longest(columns[level(op) + 1]);
	}

	/** MACs the prefix executes over all patches, halos recomputed. */
	public long executedMacs() {
		long macs = 0;
		for (int op = plan.firstOp(); op <= plan.splitOp(); op++) {
			macs += macsPerPixel(op) * covered(rows[level(op) + 1]) * covered(columns[level(op) + 1]);
		}
		return macs;
	}

	/** MACs the prefix takes layer by layer. */
	public long prefixMacs() {
		long macs = 0;
		for (int op = plan.firstOp(); op <= plan.splitOp(); op++) {
			macs += OperatorCosts.macs(g, op);
		}
		return macs;
	}

	private long macsPerPixel(int op) {
		int out = g.opOutput(op, 0);
		return OperatorCosts.macs(g, op) / ((long) g.tensorDim(out, 1) * g.tensorDim(out, 2));
	}

	private long tileBytes(int tensor, int level) {
		return (long) longest(rows[level]) * longest(columns[level]) * g.tensorDim(tensor, 3)
				* g.tensorElementBytes(tensor);
	}

	private int level(int op) {
		if (!plan.inPrefix(op)) {
			throw new IllegalArgumentException("operator #" + op + " is not in the patch prefix " + plan);
		}
		return op - plan.firstOp();
	}

	private static int longest(Span[] spans) {
		int max = 0;
		for (Span span : spans) {
			max = Math.max(max, span.length());
		}
		return max;
	}

	/** Positions summed over all patches: overlapping halos count once per patch. */
	private static long covered(Span[] spans) {
		long sum = 0;
		for (Span span : spans) {
			sum += span.length();
		}
		return sum;
	}
}
