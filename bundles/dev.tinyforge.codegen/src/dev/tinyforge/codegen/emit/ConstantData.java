package dev.tinyforge.codegen.emit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.tinyforge.codegen.c.CLiterals;

/**
 * The constant arrays of a model (weights, biases, multipliers, tables), which become {@code <prefix>_weights.c}.
 * A symbol names one array: a layer generated once per patch adds its arrays again, and they are kept once.
 */
public final class ConstantData {

	private final Set<String> symbols = new HashSet<>();
	private final List<String> definitions = new ArrayList<>();
	private final List<String> declarations = new ArrayList<>();
	private long bytes;

	public String int8(String symbol, byte[] values) {
		return add("int8_t", symbol, values.length, 1, i -> Byte.toString(values[i]));
	}

	public String int32(String symbol, int[] values) {
		return add("int32_t", symbol, values.length, 4, i -> CLiterals.int32Literal(values[i]));
	}

	public String float32(String symbol, float[] values) {
		return add("float", symbol, values.length, 4, i -> CLiterals.floatLiteral(values[i]));
	}

	private String add(String type, String symbol, int count, int elementBytes,
			java.util.function.IntFunction<String> value) {
		if (!symbols.add(symbol)) {
			return symbol;
		}
		declarations.add("extern const " + type + " " + symbol + "[" + count + "];");
		definitions.add("const " + type + " " + symbol + "[" + count + "] = " + CLiterals.initialiser(count, value) + ";");
		bytes += (long) count * elementBytes;
		return symbol;
	}

	/** One definition per array, for the weights file. */
	public List<String> definitions() {
		return definitions;
	}

	/** One {@code extern} declaration per array, for the files that use them. */
	public List<String> declarations() {
		return declarations;
	}

	public long bytes() {
		return bytes;
	}
}
