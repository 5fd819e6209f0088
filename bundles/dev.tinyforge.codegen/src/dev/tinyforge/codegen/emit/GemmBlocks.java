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
	static void oneColumn(CWriter c, Extent depth, Extent channels, Requantizer out) {
		c.line("{").line("const int8_t *w = weights;");
		c.line("for (int o = 0; o < %s; o++) {", channels).line("int32_t acc = bias[o];");
		c.line("for (int k = 0; k < %s; k++) {", depth).line("acc += w[k] * x[k];").line("}");
		c.line("w += %s;", depth).line("y[o] = %s;", out.requantize("acc", "o")).line("}");
		c.line("}");
	}

	/**
	 * {@code y} from column {@code x} with the DSP extension: {@code rows} weight rows per pass share the
	 * sign-extended inputs, each row read at a constant offset from one pointer, or, when the depth is a variable,
	 * through a pointer of its own (offsets in registers would take more of them); the last
	 * {@code channels % rows} rows one at a time. More rows per pass run faster and take more code.
	 */
	static void oneColumnDsp(CWriter c, Extent depth, Extent channels, Requantizer out, int rows) {
		c.line("{").line("const int8_t *w = weights;");
		if (channels.mayReach(rows)) {
			c.line("for (int o = 0; o < %s; o += %d) {", channels.minus(rows - 1), rows);
			if (depth.isKnown()) {
				c.line("const int8_t *p = x, *q = w;");
			} else {
				StringBuilder pointers = new StringBuilder("const int8_t *p = x, *q0 = w");
				for (int r = 1; r < rows; r++) {
					pointers.append(String.format(", *q%d = q%d + %s", r, r - 1, depth));
				}
				c.line(pointers.append(';').toString());
			}
			StringBuilder accumulators = new StringBuilder("int32_t ");
			for (int r = 0; r < rows; r++) {
				accumulators.append(r == 0 ? "" : ", ").append(String.format("a%d = bias[o + %d]", r, r));
			}
			c.line(accumulators.append(';').toString());
			c.line(depth.isKnown() ? String.format("for (int k = 0; k < %s; k++) {", depth.over(4))
					: "for (const int8_t *const end = x + (" + depth + " & ~3); p != end;) {");
			c.line("const int32_t v = tf_load4(p), v_even = __sxtb16(v), v_odd = tf_sxtb16_odd(v);");
			for (int r = 0; r < rows; r++) {
				c.line("{").line("const int32_t u = tf_load4(%s);", row(depth, r));
				c.line("a%d = __smlad(v_even, __sxtb16(u), a%d);", r, r);
				c.line("a%d = __smlad(v_odd, tf_sxtb16_odd(u), a%d);", r, r).line("}");
			}
			c.line("p += 4;");
			for (int r = 0; r < (depth.isKnown() ? 1 : rows); r++) {
				c.line("q%s += 4;", depth.isKnown() ? "" : Integer.toString(r));
			}
			c.line("}");
			if (depth.residue(4) != 0) {
				c.line("for (int k = 0; k < %d; k++) {", depth.residue(4));
				for (int r = 0; r < rows; r++) {
					c.line("a%d += (%s)[k] * p[k];", r, row(depth, r));
				}
				c.line("}");
			}
			c.line("{");
			StringBuilder results = new StringBuilder("const int8_t ");
			for (int r = 0; r < rows; r++) {
				results.append(r == 0 ? "" : ", ").append("r").append(r).append(" = ")
						.append(out.requantize("a" + r, "o + " + r));
			}
			c.line(results.append(';').toString());
			for (int r = 0; r < rows; r++) {
				c.line("y[o + %d] = r%d;", r, r);
			}
			c.line("}").line("w += %s;", depth.times(rows)).line("}");
		}
		if (channels.residue(rows) != 0) {
			c.line("for (int o = %s; o < %s; o++) {", channels.minus(channels.residue(rows)), channels);
			c.line("const int8_t *p = x;").line("int32_t a = bias[o];");
			c.line("for (int k = 0; k < %s; k++) {", depth.over(4));
			c.line("const int32_t v = tf_load4(p), u = tf_load4(w);");
			c.line("a = __smlad(__sxtb16(v), __sxtb16(u), a);");
			c.line("a = __smlad(tf_sxtb16_odd(v), tf_sxtb16_odd(u), a);");
			c.line("p += 4;").line("w += 4;").line("}");
			if (depth.residue(4) != 0) {
				c.line("for (int k = 0; k < %d; k++) {", depth.residue(4)).line("a += w[k] * p[k];").line("}");
				c.line("w += %d;", depth.residue(4));
			}
			c.line("y[o] = %s;", out.requantize("a", "o")).line("}");
		}
		c.line("}");
	}

	/**
	 * {@code ya} and {@code yb} from the columns at {@code xa} and {@code xa + depth} with the DSP extension: two
	 * columns times two weight rows per pass, eight (or four) int8 per row and pass, loaded a word at a time,
	 * sign-extended in pairs ({@code SXTB16}, even and odd bytes) and multiplied-accumulated two at a time
	 * ({@code SMLAD}). Pairing even with even and odd with odd bytes needs no reordering of weights or inputs.
	 * Each of the four operands is read at a constant offset from one of two pointers, and the results are
	 * stored only once all four are requantized: a store through an int8 pointer could alias the constants,
	 * which the compiler would then load again.
	 */
	static void twoColumnsDsp(CWriter c, Extent depth, Extent channels, Requantizer out) {
		c.line("{").line("const int8_t *w = weights;");
		if (channels.mayReach(2)) {
			c.line("for (int o = 0; o < %s; o += 2) {", channels.minus(1));
			c.line("const int8_t *p = xa, *q = w;");
			c.line("int32_t a0 = bias[o], a1 = bias[o + 1], b0 = a0, b1 = a1;");
			if (depth.mayReach(8)) {
				c.line(depth.isKnown() ? String.format("for (int k = 0; k < %s; k++) {", depth.over(8))
						: "for (const int8_t *const end = xa + (" + depth + " & ~7); p != end;) {");
				fourProducts(c, depth, 0);
				fourProducts(c, depth, 4);
				c.line("p += 8;").line("q += 8;").line("}");
			}
			if (depth.residue(8) >= 4) {
				c.line("{");
				fourProducts(c, depth, 0);
				c.line("p += 4;").line("q += 4;").line("}");
			}
			if (depth.residue(4) != 0) {
				c.line("for (int k = 0; k < %d; k++) {", depth.residue(4));
				c.line("a0 += q[k] * p[k];").line("a1 += q[%s + k] * p[k];", depth);
				c.line("b0 += q[k] * p[%s + k];", depth).line("b1 += q[%s + k] * p[%s + k];", depth, depth).line("}");
			}
			c.line("{").line("const int32_t m0 = multiplier[o], m1 = multiplier[o + 1];");
			c.line("const int32_t s0 = shift[o], s1 = shift[o + 1];");
			c.line("const int8_t ra0 = %s;", out.requantize("a0", "m0", "s0"));
			c.line("const int8_t ra1 = %s;", out.requantize("a1", "m1", "s1"));
			c.line("const int8_t rb0 = %s;", out.requantize("b0", "m0", "s0"));
			c.line("const int8_t rb1 = %s;", out.requantize("b1", "m1", "s1"));
			c.line("ya[o] = ra0;").line("ya[o + 1] = ra1;").line("yb[o] = rb0;").line("yb[o + 1] = rb1;").line("}");
			c.line("w += %s;", depth.times(2)).line("}");
		}
		if (channels.residue(2) != 0) {
			String last = channels.minus(1);
			c.line("{").line("int32_t a = bias[%s], b = a;", last);
			c.line("for (int k = 0; k < %s; k++) {", depth);
			c.line("a += w[k] * xa[k];").line("b += w[k] * xa[%s + k];", depth);
			c.line("}").line("ya[%s] = %s;", last, out.requantize("a", last));
			c.line("yb[%s] = %s;", last, out.requantize("b", last)).line("}");
		}
		c.line("}");
	}

	/** Weight row {@code r} of a pass: at its offset from {@code q}, or its own pointer when the depth is a variable. */
	private static String row(Extent depth, int r) {
		return depth.isKnown() ? "q + " + depth.times(r) : "q" + r;
	}

	/** Four products of each column with each weight row, of the int8 at {@code offset} from p and q. */
	private static void fourProducts(CWriter c, Extent depth, int offset) {
		c.line("{");
		c.line("const int32_t va = tf_load4(p + %d), vb = tf_load4(p + %s);", offset, depth.plus(offset));
		c.line("const int32_t v0 = tf_load4(q + %d), v1 = tf_load4(q + %s);", offset, depth.plus(offset));
		c.line("const int32_t va_even = __sxtb16(va), va_odd = tf_sxtb16_odd(va);");
		c.line("const int32_t vb_even = __sxtb16(vb), vb_odd = tf_sxtb16_odd(vb);");
		c.line("int32_t w_even = __sxtb16(v0), w_odd = tf_sxtb16_odd(v0);");
		c.line("a0 = __smlad(va_even, w_even, a0);").line("a0 = __smlad(va_odd, w_odd, a0);");
		c.line("b0 = __smlad(vb_even, w_even, b0);").line("b0 = __smlad(vb_odd, w_odd, b0);");
		c.line("w_even = __sxtb16(v1);").line("w_odd = tf_sxtb16_odd(v1);");
		c.line("a1 = __smlad(va_even, w_even, a1);").line("a1 = __smlad(va_odd, w_odd, a1);");
		c.line("b1 = __smlad(vb_even, w_even, b1);").line("b1 = __smlad(vb_odd, w_odd, b1);");
		c.line("}");
	}
}
