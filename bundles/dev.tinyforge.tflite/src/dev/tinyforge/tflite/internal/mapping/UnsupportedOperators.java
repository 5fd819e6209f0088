package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.tflite.internal.file.Places;
import dev.tinyforge.tflite.internal.file.Problems;
import dev.tinyforge.tflite.internal.file.TfliteFile;
import dev.tinyforge.tflite.internal.file.TfliteOperator;
import dev.tinyforge.tflite.internal.file.TfliteOperatorCode;
import dev.tinyforge.tflite.internal.schema.BuiltinOperator;

/**
 * Lists every operator without a mapper, before anything is mapped, so that one exception names them all
 * even when other problems keep the mappers from running.
 */
public final class UnsupportedOperators {

	private UnsupportedOperators() {
	}

	public static void report(TfliteFile file, Problems problems) {
		for (TfliteOperator operator : file.operators()) {
			TfliteOperatorCode code = operator == null ? null : file.operatorCode(operator);
			if (code != null && OperatorMappers.forCode(code.builtinCode()) == null) {
				problems.add(Places.operator(file, operator), reason(file, code.builtinCode()));
			}
		}
	}

	private static String reason(TfliteFile file, int builtinCode) {
		if (builtinCode == BuiltinOperator.CUSTOM) {
			return "unsupported: custom operators cannot be imported";
		}
		if (BuiltinOperator.isControlFlow(builtinCode)) {
			return "unsupported: control flow runs other subgraphs of the model's " + file.subgraphCount()
					+ ", and only subgraph 0 is imported";
		}
		return "unsupported operator";
	}
}
