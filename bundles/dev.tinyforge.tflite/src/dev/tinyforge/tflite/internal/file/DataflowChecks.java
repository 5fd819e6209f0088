package dev.tinyforge.tflite.internal.file;

import java.util.Arrays;

/**
 * Checks that the operators, in file order, form a dataflow graph: each reads only constants, subgraph
 * inputs and tensors that an earlier operator wrote, and each tensor is written once. The IR takes the file
 * order as the execution order, so a file that breaks it cannot be imported. Tensors that are out of range,
 * unreadable or refer to a missing buffer are reported elsewhere and skipped here.
 */
public final class DataflowChecks {

	private static final int NOT_WRITTEN = -1;
	private static final int SUBGRAPH_INPUT = -2;

	private final TfliteFile file;
	private final Problems problems;
	private final int[] writers; // operator that wrote each tensor, or NOT_WRITTEN / SUBGRAPH_INPUT

	private DataflowChecks(TfliteFile file, Problems problems) {
		this.file = file;
		this.problems = problems;
		this.writers = new int[file.tensors().length];
		Arrays.fill(writers, NOT_WRITTEN);
	}

	public static void check(TfliteFile file, Problems problems) {
		new DataflowChecks(file, problems).check();
	}

	private void check() {
		for (int index : file.inputs()) {
			if (exists(index)) {
				writers[index] = SUBGRAPH_INPUT;
			}
		}
		for (TfliteOperator operator : file.operators()) {
			if (operator != null) {
				checkReads(operator);
				checkWrites(operator);
			}
		}
		int[] outputs = file.outputs();
		for (int k = 0; k < outputs.length; k++) {
			if (exists(outputs[k]) && !file.isConstant(outputs[k]) && writers[outputs[k]] == NOT_WRITTEN) {
				problems.add("subgraph 0", "output " + k + ", " + Places.tensor(file, outputs[k])
						+ ", is never written");
			}
		}
	}

	private void checkReads(TfliteOperator operator) {
		for (int index : operator.inputs()) {
			if (exists(index) && !file.isConstant(index) && writers[index] == NOT_WRITTEN) {
				problems.add(Places.operator(file, operator),
						"reads " + Places.tensor(file, index) + " before any operator writes it");
			}
		}
	}

	private void checkWrites(TfliteOperator operator) {
		for (int index : operator.outputs()) {
			if (!exists(index)) {
				continue;
			}
			if (file.isConstant(index)) {
				problems.add(Places.operator(file, operator), "writes constant " + Places.tensor(file, index));
			} else if (writers[index] == SUBGRAPH_INPUT) {
				problems.add(Places.operator(file, operator),
						"writes " + Places.tensor(file, index) + ", which is a subgraph input");
			} else if (writers[index] != NOT_WRITTEN) {
				problems.add(Places.operator(file, operator),
						"writes " + Places.tensor(file, index) + ", which operator " + writers[index] + " already wrote");
			}
			writers[index] = operator.index();
		}
	}

	private boolean exists(int index) {
		return file.isKnown(index);
	}
}
