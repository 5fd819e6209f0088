package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * TFLM's int8 SOFTMAX, bit-exact. The exponentials depend only on the difference to the row's maximum, one of
 * 256 values, so they come from a table the generator computed with the reference arithmetic; the sum's
 * reciprocal is gemmlowp's fixed-point 1/(1+x), in C.
 */
record SoftmaxKernel(int rows, int depth, int diffMin) implements KernelSpec {

	/** Exponentials are summed with 12 integer bits; the output counts 256ths from -128. */
	private static final int ACCUMULATION_INTEGER_BITS = 12;
	private static final int OUTPUT_FRACTIONAL_BITS = 8;

	@Override
	public String baseName() {
		return "softmax";
	}

	@Override
	public String parameters() {
		return "const int8_t *input, int8_t *output, const int32_t *exp_of_minus";
	}

	@Override
	public Set<CHelper> helpers() {
		return EnumSet.of(CHelper.FIXED_POINT);
	}

	@Override
	public void body(CWriter c, Target target) {
		c.line("for (int row = 0; row < %d; row++) {", rows);
		c.line("const int8_t *x = input + row * %d;", depth).line("int8_t *y = output + row * %d;", depth);
		c.line("int32_t max = -128, sum = 0;");
		c.line("for (int i = 0; i < %d; i++) {", depth).line("max = x[i] > max ? x[i] : max;").line("}");
		c.line("for (int i = 0; i < %d; i++) {", depth);
		c.line("sum += tf_rdbp(exp_of_minus[max - x[i]], %d);", ACCUMULATION_INTEGER_BITS).line("}");
		c.line("{").line("const int32_t headroom = tf_leading_zeros((uint32_t)sum);");
		c.line("const int32_t reciprocal = tf_one_over_one_plus_x((int32_t)(((uint32_t)sum << headroom) - 0x80000000u));");
		c.line("const int32_t exponent = %d - headroom + %d;", ACCUMULATION_INTEGER_BITS, 31 - OUTPUT_FRACTIONAL_BITS);
		c.line("for (int i = 0; i < %d; i++) {", depth);
		c.line("const int32_t diff = x[i] - max;");
		c.line("int32_t v = diff >= %d ? tf_rdbp(tf_srdhm(reciprocal, exp_of_minus[-diff]), exponent) - 128 : -128;",
				diffMin);
		c.line("y[i] = (int8_t)(v > 127 ? 127 : v < -128 ? -128 : v);").line("}").line("}").line("}");
	}
}
