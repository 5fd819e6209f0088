package dev.tinyforge.codegen.emit;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * ADD or MUL of two int8 tensors, element by element, with TFLite's integer arithmetic baked in. The second
 * input may be a vector of the last dimension repeated over the others ({@code secondLength} shorter than
 * {@code size}). Each element is read before it is written, so the output may share either input's memory.
 *
 * @param multipliers ADD: first input, second input, output; MUL: the product's
 * @param out         the output's range and the requantization the last multiplier allows
 */
record ElementwiseKernel(boolean add, int size, int secondLength, int firstOffset, int secondOffset,
		java.util.List<QuantizedMultiplier> multipliers, OutputRange out) implements KernelSpec {

	/** TFLite's ADD shifts both inputs left by 20 bits before bringing them to a common scale. */
	static final int ADD_LEFT_SHIFT = 20;

	@Override
	public String baseName() {
		return add ? "add" : "mul";
	}

	@Override
	public String parameters() {
		return "const int8_t *first, const int8_t *second, int8_t *output";
	}

	@Override
	public void body(CWriter c, Target target) {
		String second = secondLength == size ? "second[i]" : "second[i % " + secondLength + "]";
		c.line("for (int i = 0; i < %d; i++) {", size);
		String sum;
		if (add) {
			String shifted = " * (1 << " + ADD_LEFT_SHIFT + ")";
			c.line("const int32_t a = %s;", scaleInput("(first[i] + " + firstOffset + ")" + shifted, 0));
			c.line("const int32_t b = %s;", scaleInput("(" + second + " + " + secondOffset + ")" + shifted, 1));
			sum = "a + b";
		} else {
			sum = "(first[i] + " + firstOffset + ") * (" + second + " + " + secondOffset + ")";
		}
		QuantizedMultiplier m = multipliers.get(multipliers.size() - 1);
		c.line("output[i] = %s;", out.requantize(sum, Integer.toString(m.multiplier()),
				Integer.toString(out.requantization().shiftArgument(m.shift()))));
		c.line("}");
	}

	/**
	 * An ADD input brought to the common scale. Its magnitude is below 2^28 (255 * 2^20), so a right shift takes
	 * the narrow form.
	 */
	private String scaleInput(String value, int input) {
		QuantizedMultiplier m = multipliers.get(input);
		return m.shift() <= 0 ? "tf_scale_narrow(" + value + ", " + m.multiplier() + ", " + -m.shift() + ")"
				: "tf_scale(" + value + ", " + m.multiplier() + ", " + m.shift() + ")";
	}
}
