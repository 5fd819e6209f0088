package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * All output channels of one input row {@code x} of {@code depth} int8 into {@code y}, with the layer's constants
 * at {@code constants} as {@link WidenedWeights} stores them, walked by one pointer: blocks of four output
 * channels, each pass over four inputs one word load and two {@code SXTB16} shared by the block, then per two
 * channels one {@code LDM} of four weight words straight into four {@code SMLAD}s: 30 instructions per 32
 * multiply-accumulates. Four accumulators, four sign-extended inputs, four weights and the pointers about fill the
 * registers. Depth and channels may be variables of a function that layers share ({@link Extent}); the
 * {@link Layout} of the code is then fixed by the layers that share it.
 */
record WidenedProduct(Extent depth, Extent channels, Layout layout, Requantizer out) {

	static final Set<CHelper> HELPERS = EnumSet.of(CHelper.REQUANTIZE, CHelper.LOAD_WORD, CHelper.ODD_BYTES,
			CHelper.HALFWORDS, CHelper.LOAD_PAIR, CHelper.LOAD_QUAD);

	/**
	 * What of depth and channels shapes the code: how many passes over eight inputs there are (0, 1, or 2 for a
	 * loop of them), whether there are full blocks of channels, and what is left after them.
	 *
	 * @param depthResidue   {@code depth % 8}
	 * @param channelResidue {@code channels % BLOCK}
	 */
	record Layout(int pairs, int depthResidue, boolean blocks, int channelResidue) {

		static Layout of(int depth, int channels) {
			int block = WidenedWeights.BLOCK;
			return new Layout(Math.min(depth / 8, 2), depth % 8, channels >= block, channels % block);
		}
	}

	/** With depth, channels and output range baked in. */
	WidenedProduct(int depth, int channels, OutputRange out) {
		this(Extent.of(depth), Extent.of(channels), Layout.of(depth, channels), out::requantize);
	}

	void write(CWriter c, Target target) {
		c.line("{").line("const int32_t *w = constants;");
		TargetCode.write(c, target, this::dsp, this::portable);
		c.line("}");
	}

	private void dsp(CWriter c) {
		int block = WidenedWeights.BLOCK;
		if (layout.blocks()) {
			c.line("for (int o = 0; o < %s; o += %d) {", channels.minus(block - 1), block);
			dspBlock(c, block);
			c.line("}");
		}
		if (layout.channelResidue() != 0) {
			c.line("{").line("const int o = %s;", channels.minus(layout.channelResidue()));
			dspBlock(c, layout.channelResidue());
			c.line("}");
		}
	}

	/** Output channels {@code o..o+count-1}, with {@code w} at their constants; leaves it after them. */
	private void dspBlock(CWriter c, int count) {
		c.line("const int8_t *s = x;");
		c.line("int32_t %s;", String.join(", ", names("a", count)));
		for (int r = 0; r + 1 < count; r += 2) {
			c.line("w = tf_load_pair(w, &a%d, &a%d);", r, r + 1);
		}
		if (count % 2 != 0) {
			c.line("a%d = *w++;", count - 1);
		}
		if (layout.pairs() > 0 && (depth.isKnown() || layout.pairs() == 1)) {
			c.line("for (int k = 0; k < %d; k++) {", depth.isKnown() ? depth.value() / 8 : 1);
			group(c, count, 0);
			group(c, count, 1);
			c.line("s += 8;").line("}");
		} else if (layout.pairs() > 0) {
			// To an end pointer, as the compiler makes of a constant count (a count would take a register the
			// products need), and at least once, as the layout says.
			c.line("const int8_t *const end = x + (%s & ~7);", depth).line("do {");
			group(c, count, 0);
			group(c, count, 1);
			c.line("s += 8;").line("} while (s != end);");
		}
		if (layout.depthResidue() >= 4) {
			c.line("{");
			group(c, count, 0);
			c.line("s += 4;").line("}");
		}
		int rest = layout.depthResidue() % 4;
		for (int k = 0; k < rest; k++) {
			for (int r = 0; r < count; r++) {
				int j = k * count + r;
				c.line("a%d += %s(w[%d]) * s[%d];", r, j % 2 == 0 ? "tf_low16" : "tf_high16", j / 2, k);
			}
		}
		if (rest != 0) {
			c.line("w += %d;", WidenedWeights.words((long) rest * count));
		}
		// Stores through an int8 pointer could alias the constants: all outputs are computed before any is stored.
		c.line("int32_t %s, %s;", String.join(", ", names("m", count)), String.join(", ", names("sh", count)));
		StringBuilder results = new StringBuilder("const int8_t ");
		for (int r = 0; r < count; r++) {
			c.line("w = tf_load_pair(w, &m%d, &sh%d);", r, r);
			results.append(r == 0 ? "" : ", ").append("r").append(r).append(" = ")
					.append(out.requantize("a" + r, "m" + r, "sh" + r));
		}
		c.line(results.append(';').toString());
		for (int r = 0; r < count; r++) {
			c.line("y[o + %d] = r%d;", r, r);
		}
	}

	private static String[] names(String prefix, int count) {
		String[] names = new String[count];
		for (int r = 0; r < count; r++) {
			names[r] = prefix + r;
		}
		return names;
	}

	/**
	 * Four inputs, the {@code g}-th four of the loop iteration, into each of the block's channels, whose weights
	 * follow at {@code w}.
	 */
	private static void group(CWriter c, int count, int g) {
		c.line("{").line("const int32_t v = tf_load4(s + %d), v_even = __sxtb16(v), v_odd = tf_sxtb16_odd(v);", 4 * g);
		c.line(count >= 2 ? "int32_t u0, u1, u2, u3;" : "int32_t u0, u1;");
		for (int r = 0; r < count; r += 2) {
			boolean two = r + 1 < count;
			c.line(two ? "w = tf_load_quad(w, &u0, &u1, &u2, &u3);" : "w = tf_load_pair(w, &u0, &u1);");
			c.line("a%d = __smlad(v_even, u0, a%d);", r, r).line("a%d = __smlad(v_odd, u1, a%d);", r, r);
			if (two) {
				c.line("a%d = __smlad(v_even, u2, a%d);", r + 1, r + 1);
				c.line("a%d = __smlad(v_odd, u3, a%d);", r + 1, r + 1);
			}
		}
		c.line("}");
	}

	/** The same layout read in plain C, for compilers without the DSP extension. */
	private void portable(CWriter c) {
		int block = WidenedWeights.BLOCK;
		int rest = layout.depthResidue() % 4;
		c.line("for (int o = 0; o < %s; o += %d) {", channels, block);
		c.line("const int n = %s - o < %d ? %s - o : %d;", channels, block, channels, block);
		c.line("int32_t acc[%d];", block);
		c.line("for (int r = 0; r < n; r++) {").line("acc[r] = w[r];").line("}").line("w += n;");
		c.line("for (int k = 0; k < %s; k += 4) {", depth.minus(rest));
		c.line("for (int r = 0; r < n; r++) {");
		c.line("acc[r] += tf_low16(w[0]) * x[k] + tf_high16(w[0]) * x[k + 2] + tf_low16(w[1]) * x[k + 1]"
				+ " + tf_high16(w[1]) * x[k + 3];");
		c.line("w += 2;").line("}").line("}");
		if (rest != 0) {
			c.line("for (int j = 0; j < n * %d; j++) {", rest);
			c.line("acc[j %% n] += (j %% 2 == 0 ? tf_low16(w[j / 2]) : tf_high16(w[j / 2])) * x[%s + j / n];",
					depth.minus(rest));
			c.line("}").line("w += (n * %d + 1) / 2;", rest);
		}
		c.line("for (int r = 0; r < n; r++) {");
		c.line("y[o + r] = %s;", out.requantize("acc[r]", "w[2 * r]", "w[2 * r + 1]"));
		c.line("}").line("w += 2 * n;").line("}");
	}
}
