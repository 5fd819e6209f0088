package dev.tinyforge.tflite.internal.file;

import java.util.function.Supplier;

/** Checks that operators and the subgraph's ends refer to operator codes and tensors that exist. */
public final class ReferenceChecks {

	private static final String SUBGRAPH = "subgraph 0";

	private ReferenceChecks() {
	}

	public static void check(TfliteFile file, Problems problems) {
		for (TfliteOperator operator : file.operators()) {
			if (operator != null) {
				check(file, operator, problems);
			}
		}
		checkTensors(file, () -> SUBGRAPH, "input", file.inputs(), false, problems);
		checkTensors(file, () -> SUBGRAPH, "output", file.outputs(), false, problems);
	}

	private static void check(TfliteFile file, TfliteOperator operator, Problems problems) {
		Supplier<String> place = () -> Places.operator(file, operator);
		if (operator.opcodeIndex() >= file.operatorCodes().length) {
			problems.add(place.get(), "opcode index " + operator.opcodeIndex() + " is outside the model's "
					+ file.operatorCodes().length + " operator codes");
		}
		checkTensors(file, place, "input", operator.inputs(), true, problems);
		checkTensors(file, place, "output", operator.outputs(), false, problems);
	}

	/** {@code place} names the referrer; it is only built when there is a problem. */
	private static void checkTensors(TfliteFile file, Supplier<String> place, String role, int[] indices,
			boolean optional, Problems problems) {
		for (int k = 0; k < indices.length; k++) {
			int index = indices[k];
			boolean leftOut = optional && index == TfliteOperator.NO_TENSOR;
			if (!leftOut && (index < 0 || index >= file.tensors().length)) {
				problems.add(place.get(), role + " " + k + " is tensor " + index + ", outside the subgraph's "
						+ file.tensors().length + " tensors");
			}
		}
	}
}
