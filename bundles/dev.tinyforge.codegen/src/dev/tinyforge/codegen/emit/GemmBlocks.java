package dev.tinyforge.codegen.emit;

import dev.tinyforge.codegen.c.CWriter;

/**
 * The inner loops every matrix-multiplying kernel shares: all output channels of one or two input columns
 * (pixels) of {@code depth} int8 values, against weight rows of the same length. The C variables they read
 * ({@code weights, bias, multiplier, shift} and the column pointers) must be in scope.
 */
final class GemmBlocks {

	private GemmBlocks() {
	}

	/** {@code y[0..channels)} from column {@code x}, in plain C. */
	static void oneColumn(CWriter c, int depth, int channels, OutputRange out) {
		c.line("{").line("const int8_t *w = weights;");
		c.line("for (int o = 0; o < %d; o++) {", channels).line("int32_t acc = bias[o];");
		c.line("for (int k = 0; k < %d; k++) {", depth).line("acc += w[k] * x[k];").line("}");
		c.line("w += %d;", depth).line("y[o] = %s;", out.requantize("acc", "o")).line("}");
		c.line("}");
	}

	/**
	 * {@code y} from column {@code x} with the DSP extension: two weight rows per pass share the sign-extended
	 * inputs (a fully-connected layer has a single column).
	 */
	static void oneColumnDsp(CWriter c, int depth, int channels, OutputRange out) {
		c.line("{").line("const int8_t *w = weights;");
		if (channels >= 2) {
			c.line("for (int o = 0; o < %d; o += 2) {", channels - 1);
			c.line("const int8_t *p = x, *w0 = w, *w1 = w + %d;", depth);
			c.line("int32_t a0 = bias[o], a1 = bias[o + 1];");
			c.line("for (int k = 0; k < %d; k++) {", depth / 4);
			c.line("const int32_t v = tf_load4(p), v0 = tf_load4(w0), v1 = tf_load4(w1);");
			c.line("const int32_t v_even = __sxtb16(v), v_odd = tf_sxtb16_odd(v);");
			c.line("a0 = __smlad(v_even, __sxtb16(v0), a0);").line("a0 = __smlad(v_odd, tf_sxtb16_odd(v0), a0);");
			c.line("a1 = __smlad(v_even, __sxtb16(v1), a1);").line("a1 = __smlad(v_odd, tf_sxtb16_odd(v1), a1);");
			c.line("p += 4;").line("w0 += 4;").line("w1 += 4;").line("}");
			if (depth % 4 != 0) {
				c.line("for (int k = 0; k < %d; k++) {", depth % 4);
				c.line("a0 += w0[k] * p[k];").line("a1 += w1[k] * p[k];").line("}");
			}
			c.line("y[o] = %s;", out.requantize("a0", "o")).line("y[o + 1] = %s;", out.requantize("a1", "o + 1"));
			c.line("w += %d;", 2 * depth).line("}");
		}
		if (channels % 2 != 0) {
			int last = channels - 1;
			c.line("{").line("int32_t a = bias[%d];", last);
			c.line("for (int k = 0; k < %d; k++) {", depth).line("a += w[k] * x[k];").line("}");
			c.line("y[%d] = %s;", last, out.requantize("a", Integer.toString(last))).line("}");
		}
		c.line("}");
	}

	/**
	 * {@code ya} and {@code yb} from columns {@code xa} and {@code xb} with the DSP extension: two columns times
	 * two weight rows per pass, four int8 per load, sign-extended in pairs ({@code SXTB16}, even and odd bytes)
	 * and multiplied-accumulated two at a time ({@code SMLAD}). Pairing even with even and odd with odd bytes
	 * needs no reordering of weights or inputs.
	 */
	static void twoColumnsDsp(CWriter c, int depth, int channels, OutputRange out) {
		c.line("{").line("const int8_t *w = weights;");
		if (channels >= 2) {
			c.line("for (int o = 0; o < %d; o += 2) {", channels - 1);
			c.line("const int8_t *pa = xa, *pb = xb, *w0 = w, *w1 = w + %d;", depth);
			c.line("int32_t a0 = bias[o], a1 = bias[o + 1], b0 = a0, b1 = a1;");
			c.line("for (int k = 0; k < %d; k++) {", depth / 4);
			c.line("const int32_t va = tf_load4(pa), vb = tf_load4(pb), v0 = tf_load4(w0), v1 = tf_load4(w1);");
			c.line("const int32_t va_even = __sxtb16(va), va_odd = tf_sxtb16_odd(va);");
			c.line("const int32_t vb_even = __sxtb16(vb), vb_odd = tf_sxtb16_odd(vb);");
			c.line("int32_t w_even = __sxtb16(v0), w_odd = tf_sxtb16_odd(v0);");
			c.line("a0 = __smlad(va_even, w_even, a0);").line("a0 = __smlad(va_odd, w_odd, a0);");
			c.line("b0 = __smlad(vb_even, w_even, b0);").line("b0 = __smlad(vb_odd, w_odd, b0);");
			c.line("w_even = __sxtb16(v1);").line("w_odd = tf_sxtb16_odd(v1);");
			c.line("a1 = __smlad(va_even, w_even, a1);").line("a1 = __smlad(va_odd, w_odd, a1);");
			c.line("b1 = __smlad(vb_even, w_even, b1);").line("b1 = __smlad(vb_odd, w_odd, b1);");
			c.line("pa += 4;").line("pb += 4;").line("w0 += 4;").line("w1 += 4;");
			c.line("}");
			if (depth % 4 != 0) {
				c.line("for (int k = 0; k < %d; k++) {", depth % 4);
				c.line("a0 += w0[k] * pa[k];").line("a1 += w1[k] * pa[k];");
				c.line("b0 += w0[k] * pb[k];").line("b1 += w1[k] * pb[k];").line("}");
			}
			c.line("ya[o] = %s;", out.requantize("a0", "o"));
			c.line("ya[o + 1] = %s;", out.requantize("a1", "o + 1"));
			c.line("yb[o] = %s;", out.requantize("b0", "o"));
			c.line("yb[o + 1] = %s;", out.requantize("b1", "o + 1"));
			c.line("w += %d;", 2 * depth).line("}");
		}
		if (channels % 2 != 0) {
			int last = channels - 1;
			c.line("{").line("int32_t a = bias[%d], b = a;", last);
			c.line("for (int k = 0; k < %d; k++) {", depth).line("a += w[k] * xa[k];").line("b += w[k] * xb[k];");
			c.line("}").line("ya[%d] = %s;", last, out.requantize("a", Integer.toString(last)));
			c.line("yb[%d] = %s;", last, out.requantize("b", Integer.toString(last))).line("}");
		}
		c.line("}");
	}
}
