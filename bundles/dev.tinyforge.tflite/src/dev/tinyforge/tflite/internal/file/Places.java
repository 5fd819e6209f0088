package dev.tinyforge.tflite.internal.file;

import dev.tinyforge.tflite.internal.schema.BuiltinOperator;

/** How problems name tensors and operators: {@code operator 12 (TRANSPOSE, inputs 'a', 'b' -> 'c')}. */
public final class Places {

	/** Corrupted files can give tensors names of any length; messages show a readable part. */
	private static final int MAX_NAME = 80;
	private static final int MAX_LISTED_TENSORS = 8;
	/** Shapes and parameter lists of corrupted files can have thousands of entries. */
	private static final int MAX_LISTED_VALUES = 16;

	private Places() {
	}

	public static String tensor(TfliteFile file, int index) {
		return "tensor " + index + " " + tensorReference(file, index);
	}

	public static String operator(TfliteFile file, TfliteOperator operator) {
		return "operator " + operator.index() + " (" + operatorName(file, operator) + ", inputs "
				+ tensorList(file, operator.inputs()) + " -> " + tensorList(file, operator.outputs()) + ")";
	}

	/** {@code CONV_2D}, {@code CUSTOM 'name'}, or the opcode index when it does not lead to a code. */
	public static String operatorName(TfliteFile file, TfliteOperator operator) {
		TfliteOperatorCode code = file.operatorCode(operator);
		if (code == null) {
			return "opcode index " + operator.opcodeIndex();
		}
		if (code.builtinCode() == BuiltinOperator.CUSTOM) {
			return code.customCode() == null ? "CUSTOM" : "CUSTOM '" + shortened(code.customCode()) + "'";
		}
		return BuiltinOperator.name(code.builtinCode());
	}

	/** A tensor's quoted name; {@code -} for a left-out optional input, {@code #index} for an unreadable one. */
	public static String tensorReference(TfliteFile file, int index) {
		if (index == TfliteOperator.NO_TENSOR) {
			return "-";
		}
		TfliteTensor tensor = file.tensor(index);
		return tensor == null ? "#" + index : "'" + shortened(tensor.name()) + "'";
	}

	/** {@code [1, 96, 96, 3]}; a long list shows its first entries and its length. */
	public static String values(int[] values) {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < values.length && i < MAX_LISTED_VALUES; i++) {
			text.append(i == 0 ? "" : ", ").append(values[i]);
		}
		if (values.length > MAX_LISTED_VALUES) {
			text.append(", ... (").append(values.length).append(" in all)");
		}
		return text.append(']').toString();
	}

	private static String tensorList(TfliteFile file, int[] indices) {
		StringBuilder text = new StringBuilder();
		for (int k = 0; k < indices.length && k < MAX_LISTED_TENSORS; k++) {
			text.append(k == 0 ? "" : ", ").append(tensorReference(file, indices[k]));
		}
		if (indices.length > MAX_LISTED_TENSORS) {
			text.append(", ... (").append(indices.length).append(" in all)");
		}
		return text.length() == 0 ? "none" : text.toString();
	}

	private static String shortened(String name) {
		return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "...";
	}
}
