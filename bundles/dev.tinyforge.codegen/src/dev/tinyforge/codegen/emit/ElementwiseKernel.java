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
		if (add) {
			c.line("const int32_t a = %s;", scale("(first[i] + " + firstOffset + ") * (1 << " + ADD_LEFT_SHIFT + ")", 0));
			c.line("const int32_t b = %s;", scale("(" + second + " + " + secondOffset + ") * (1 << " + ADD_LEFT_SHIFT + ")", 1));
			c.line("const int32_t v = %s + %d;", scale("a + b", 2), out.zeroPoint());
		} else {
			c.line("const int32_t v = %s + %d;",
					scale("(first[i] + " + firstOffset + ") * (" + second + " + " + secondOffset + ")", 0),
					out.zeroPoint());
		}
		c.line("output[i] = (int8_t)(v < %d ? %d : v > %d ? %d : v);", out.min(), out.min(), out.max(), out.max());
		c.line("}");
	}

	private String scale(String value, int multiplier) {
		QuantizedMultiplier m = multipliers.get(multiplier);
		return "tf_scale(" + value + ", " + m.multiplier() + ", " + m.shift() + ")";
	}
}
