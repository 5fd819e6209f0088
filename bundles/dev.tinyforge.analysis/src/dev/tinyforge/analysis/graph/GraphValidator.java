package dev.tinyforge.analysis.graph;

import java.util.Arrays;

/**
 * Checks a freshly copied {@link LayerGraph} before it is published and derives each tensor's
 * producer on the way. Fails with an {@link IllegalArgumentException} naming the offending operator
 * or tensor; the message is only built on failure, so validating a good graph does not allocate
 * beyond the producer array.
 */
final class GraphValidator {

	private static final int NO_SOURCE = -1;
	private static final int GRAPH_INPUT = -2;

	private final LayerGraph g;
	private final int[] sources; // producing operator, NO_SOURCE or GRAPH_INPUT

	private GraphValidator(LayerGraph g) {
		this.g = g;
		this.sources = new int[g.tensorCount()];
		Arrays.fill(sources, NO_SOURCE);
	}

	/** Validates the graph and returns, per tensor, its producing operator or -1. */
	static int[] validate(LayerGraph g) {
		GraphValidator v = new GraphValidator(g);
		v.checkGraphInputs();
		for (int op = 0; op < g.opCount(); op++) {
			v.checkDataflow(op);
		}
		v.checkEveryTensorHasASource();
		v.checkGraphOutputs();
		for (int op = 0; op < g.opCount(); op++) {
			v.checkOperands(op);
		}
		return v.producers();
	}

	private void checkGraphInputs() {
		for (int k = 0; k < g.graphInputCount(); k++) {
			int t = checkedGraphEnd(g.graphInput(k), "input", k);
			sources[t] = GRAPH_INPUT;
		}
	}

	private void checkGraphOutputs() {
		for (int k = 0; k < g.graphOutputCount(); k++) {
			checkedGraphEnd(g.graphOutput(k), "output", k);
		}
	}

	private int checkedGraphEnd(int t, String end, int k) {
		if (t < 0 || t >= g.tensorCount()) {
			throw fail("graph " + end + " " + k + " is tensor id " + t + ", outside [0, " + g.tensorCount() + ")");
		}
		if (g.isConstant(t)) {
			throw fail("graph " + end + " " + k + " is constant " + tensor(t) + "; graph ends live in the arena");
		}
		return t;
	}

	/** Inputs must already exist when the operator runs; outputs must be arena tensors written only here. */
	private void checkDataflow(int op) {
		for (int k = 0; k < g.opInputCount(op); k++) {
			int t = checkedOperand(op, "input", k, g.opInput(op, k));
			if (!g.isConstant(t) && sources[t] == NO_SOURCE) {
				throw fail(op(op) + " reads " + tensor(t) + " before any operator produces it");
			}
		}
		for (int k = 0; k < g.opOutputCount(op); k++) {
			int t = checkedOperand(op, "output", k, g.opOutput(op, k));
			if (g.isConstant(t)) {
				throw fail(op(op) + " writes constant " + tensor(t));
			}
			if (sources[t] == GRAPH_INPUT) {
				throw fail(op(op) + " writes " + tensor(t) + ", which is a graph input");
			}
			if (sources[t] != NO_SOURCE) {
				throw fail(tensor(t) + " is produced by " + op(sources[t]) + " and again by " + op(op));
			}
			sources[t] = op;
		}
	}

	private int checkedOperand(int op, String role, int k, int t) {
		if (t < 0 || t >= g.tensorCount()) {
			throw fail(op(op) + " " + role + " " + k + " is tensor id " + t + ", outside [0, " + g.tensorCount()
					+ ")");
		}
		return t;
	}

	private void checkEveryTensorHasASource() {
		for (int t = 0; t < g.tensorCount(); t++) {
			if (!g.isConstant(t) && sources[t] == NO_SOURCE) {
				throw fail(tensor(t) + " is neither a constant, a graph input nor produced by any operator");
			}
		}
	}

	private void checkOperands(int op) {
		OperandContract contract = OperandContract.of(g.opKind(op));
		int inputs = g.opInputCount(op);
		if (inputs < contract.minInputs() || inputs > contract.maxInputs()) {
			String needed = contract.minInputs() == contract.maxInputs() ? String.valueOf(contract.minInputs())
					: contract.minInputs() + " to " + contract.maxInputs();
			throw fail(op(op) + " needs " + needed + " inputs, got " + inputs);
		}
		if (g.opOutputCount(op) != contract.outputs()) {
			throw fail(op(op) + " needs " + contract.outputs() + " output, got " + g.opOutputCount(op));
		}
		switch (contract) {
			case CONVOLUTION -> checkConvolution(op);
			case DEPTHWISE -> checkDepthwise(op);
			case FULLY_CONNECTED -> checkFullyConnected(op);
			case POOL -> checkPool(op);
			case BINARY, UNARY, UNARY_WITH_PARAMETERS -> {
				// nothing beyond the operand counts: their costs do not depend on shapes
			}
		}
		checkWindow(op, contract.window());
	}

	/** Runs after the kind's own check, so a convolution's filter is known to be rank 4 here. */
	private void checkWindow(int op, OperandContract.WindowUse use) {
		switch (use) {
			case NONE -> {
				// the operator ignores its window
			}
			case FILTER_KERNEL -> {
				checkStridesAndDilations(op);
				int filter = g.opInput(op, 1);
				if (!kernelMatchesFilter(g.kernelH(op), g.tensorDim(filter, 1))
						|| !kernelMatchesFilter(g.kernelW(op), g.tensorDim(filter, 2))) {
					throw fail(op(op) + " has kernel " + g.kernelH(op) + "x" + g.kernelW(op)
							+ ", which contradicts its filter " + shape(filter) + "; use 0 to take the filter's");
				}
			}
			case OWN_KERNEL -> {
				checkStridesAndDilations(op);
				if (g.kernelH(op) < 1 || g.kernelW(op) < 1) {
					throw fail(op(op) + " needs a kernel of at least 1x1, got " + g.kernelH(op) + "x" + g.kernelW(op));
				}
			}
		}
	}

	private void checkStridesAndDilations(int op) {
		if (g.strideH(op) < 1 || g.strideW(op) < 1 || g.dilationH(op) < 1 || g.dilationW(op) < 1) {
			throw fail(op(op) + " needs strides and dilations of at least 1, got " + g.opWindow(op));
		}
	}

	private static boolean kernelMatchesFilter(int kernel, int filterDim) {
		return kernel == 0 || kernel == filterDim;
	}

	private void checkConvolution(int op) {
		int in = g.opInput(op, 0);
		int filter = weights(op, 4, "filter [cout,kh,kw,cin]");
		int out = g.opOutput(op, 0);
		requireRank(op, in, 4);
		requireRank(op, out, 4);
		int cout = g.tensorDim(filter, 0);
		if (cout != g.tensorDim(out, 3) || g.tensorDim(filter, 3) != g.tensorDim(in, 3)) {
			throw fail(op(op) + ": filter " + shape(filter) + " does not map input " + shape(in) + " to output "
					+ shape(out));
		}
		checkBias(op, cout);
	}

	private void checkDepthwise(int op) {
		int in = g.opInput(op, 0);
		int filter = weights(op, 4, "filter [1,kh,kw,cout]");
		int out = g.opOutput(op, 0);
		requireRank(op, in, 4);
		requireRank(op, out, 4);
		int cout = g.tensorDim(filter, 3);
		if (g.tensorDim(filter, 0) != 1 || cout != g.tensorDim(out, 3) || cout % g.tensorDim(in, 3) != 0) {
			throw fail(op(op) + ": depthwise filter " + shape(filter) + " does not map input " + shape(in)
					+ " to output " + shape(out));
		}
		checkBias(op, cout);
	}

	private void checkFullyConnected(int op) {
		int in = g.opInput(op, 0);
		int weights = weights(op, 2, "weights [out,in]");
		int out = g.opOutput(op, 0);
		long units = g.tensorDim(weights, 0);
		long depth = g.tensorDim(weights, 1);
		long outElements = g.tensorElements(out);
		long inElements = g.tensorElements(in);
		boolean batchesAgree = inElements % depth == 0 && outElements % units == 0
				&& inElements / depth == outElements / units;
		if (g.tensorDim(out, g.tensorRank(out) - 1) != units || !batchesAgree) {
			throw fail(op(op) + ": weights " + shape(weights) + " do not map input " + shape(in) + " to output "
					+ shape(out));
		}
		checkBias(op, units);
	}

	private void checkPool(int op) {
		int in = g.opInput(op, 0);
		int out = g.opOutput(op, 0);
		requireRank(op, in, 4);
		requireRank(op, out, 4);
		if (g.tensorDim(in, 3) != g.tensorDim(out, 3)) {
			throw fail(op(op) + " changes channels from " + shape(in) + " to " + shape(out));
		}
	}

	/** Input 1 of convolutions and FULLY_CONNECTED: a constant of the given rank. */
	private int weights(int op, int rank, String layout) {
		int t = g.opInput(op, 1);
		if (!g.isConstant(t) || g.tensorRank(t) != rank) {
			throw fail(op(op) + " needs a constant " + layout + " as input 1, got " + (g.isConstant(t) ? "" : "non-")
					+ "constant " + tensor(t) + " " + shape(t));
		}
		return t;
	}

	private void checkBias(int op, long channels) {
		if (g.opInputCount(op) < 3) {
			return;
		}
		int bias = g.opInput(op, 2);
		if (!g.isConstant(bias) || g.tensorElements(bias) != channels) {
			throw fail(op(op) + " needs a constant bias of " + channels + " elements as input 2, got "
					+ tensor(bias) + " " + shape(bias));
		}
	}

	private void requireRank(int op, int t, int rank) {
		if (g.tensorRank(t) != rank) {
			throw fail(op(op) + " needs rank " + rank + " for " + tensor(t) + ", got " + shape(t));
		}
	}

	private int[] producers() {
		for (int t = 0; t < sources.length; t++) {
			if (sources[t] == GRAPH_INPUT) {
				sources[t] = -1;
			}
		}
		return sources;
	}

	private String op(int op) {
		return "operator '" + g.opName(op) + "' (#" + op + ", " + g.opKind(op) + ")";
	}

	private String tensor(int t) {
		return "tensor '" + g.tensorName(t) + "' (#" + t + ")";
	}

	private String shape(int t) {
		return Arrays.toString(g.tensorShape(t));
	}

	private static IllegalArgumentException fail(String message) {
		return new IllegalArgumentException(message);
	}
}
