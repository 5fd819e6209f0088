package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * DEPTHWISE_CONV_2D. Weights are laid out per output channel, {@code [channel][ky][kx]}.
 * <p>
 * Buffered (depth multiplier 1, with scratch for one padded channel), as TinyEngine does it: per channel, the
 * channel's input is copied into the scratch buffer inside a border of the input zero point (written once per
 * call), then the channel's outputs are computed from there without bounds checks and written over the tensor.
 * In NHWC, channel c's outputs only overwrite channel c's inputs, which are in the buffer by then: so the output
 * may share the input's memory. On the DSP, 3x3 windows take two outputs per row of taps with SIMD multiply-accumulates;
 * windows at least four wide take four taps per multiply-accumulate pair.
 * <p>
 * Direct (any depth multiplier, no scratch): taps are read from the input, with bounds checks only for windows
 * that cross the border.
 */
record DepthwiseKernel(WindowGeometry window, int inDepth, int multiplier, int inputZeroPoint, OutputRange out,
		boolean buffered) implements KernelSpec {

	static final String PARAMETERS = GemmKernel.PARAMETERS + ", int8_t *scratch";

	@Override
	public String baseName() {
		return "depthwise" + window.kernelH() + "x" + window.kernelW() + (buffered ? "_buffered" : "");
	}

	@Override
	public String parameters() {
		return PARAMETERS;
	}

	@Override
	public Set<CHelper> helpers() {
		return EnumSet.of(CHelper.REQUANTIZE, CHelper.LOAD_WORD, CHelper.ODD_BYTES);
	}

	@Override
	public void body(CWriter c, Target target) {
		if (buffered) {
			buffered(c, target);
		} else {
			direct(c);
		}
	}

	private void buffered(CWriter c, Target target) {
		WindowGeometry w = window;
		writeBorder(c);
		c.line("for (int c = 0; c < %d; c++) {", inDepth);
		c.line("const int8_t *f = weights + c * %d;", w.taps());
		fillBuffer(c);
		c.line("const int32_t b = bias[c], m = multiplier[c], s = shift[c];");
		c.line("int8_t *y = output + c;");
		boolean simd = w.kernelH() == 3 && w.kernelW() == 3 && (w.strideW() == 1 || w.strideW() == 2)
				&& w.outW() >= 2;
		if (simd) {
			TargetCode.write(c, target, this::threeByThreeDsp, this::bufferedPortable);
		} else if (w.kernelW() >= 4) {
			TargetCode.write(c, target, this::wideDsp, this::bufferedPortable);
		} else {
			bufferedPortable(c);
		}
		c.line("}");
	}

	/**
	 * Writes the zero-point border of the scratch buffer, once per call: the channels copied in later only fill
	 * its inside.
	 */
	private void writeBorder(CWriter c) {
		WindowGeometry w = window;
		int bufferW = w.paddedW();
		if (w.padTop() > 0) {
			c.line("memset(scratch, %d, %d);", inputZeroPoint, w.padTop() * bufferW);
		}
		if (w.padBottom() > 0) {
			c.line("memset(scratch + %d, %d, %d);", (w.padTop() + w.inH()) * bufferW, inputZeroPoint,
					w.padBottom() * bufferW);
		}
		if (w.padLeft() > 0 || w.padRight() > 0) {
			c.line("for (int iy = 0; iy < %d; iy++) {", w.inH());
			c.line("int8_t *d = scratch + (iy + %d) * %d;", w.padTop(), bufferW);
			for (int i = 0; i < w.padLeft(); i++) {
				c.line("d[%d] = %d;", i, inputZeroPoint);
			}
			for (int i = 0; i < w.padRight(); i++) {
				c.line("d[%d] = %d;", w.padLeft() + w.inW() + i, inputZeroPoint);
			}
			c.line("}");
		}
	}

	/** Copies channel c into the inside of the scratch buffer. */
	private void fillBuffer(CWriter c) {
		WindowGeometry w = window;
		c.line("for (int iy = 0; iy < %d; iy++) {", w.inH());
		c.line("int8_t *d = scratch + %d + iy * %d;", w.padTop() * w.paddedW() + w.padLeft(), w.paddedW());
		c.line("const int8_t *x = input + iy * %d + c;", w.inW() * inDepth);
		// Unrolled by four: per byte, the loop overhead would cost as much as the copy.
		c.line("for (int ix = 0; ix < %d; ix += 4) {", w.inW() - 3);
		for (int i = 0; i < 4; i++) {
			c.line("d[ix + %d] = x[(ix + %d) * %d];", i, i, inDepth);
		}
		c.line("}");
		for (int ix = w.inW() - w.inW() % 4; ix < w.inW(); ix++) {
			c.line("d[%d] = x[%d];", ix, ix * inDepth);
		}
		c.line("}");
	}

	private void bufferedPortable(CWriter c) {
		WindowGeometry w = window;
		c.line("for (int oy = 0; oy < %d; oy++) {", w.outH()).line("for (int ox = 0; ox < %d; ox++) {", w.outW());
		c.line("const int8_t *r = scratch + oy * %d + ox * %d;", w.strideH() * w.paddedW(), w.strideW());
		c.line("int32_t acc = b;");
		c.line("for (int ky = 0; ky < %d; ky++) {", w.kernelH()).line("for (int kx = 0; kx < %d; kx++) {", w.kernelW());
		c.line("acc += f[ky * %d + kx] * r[ky * %d + kx];", w.kernelW(), w.paddedW()).line("}").line("}");
		c.line("y[(oy * %d + ox) * %d] = %s;", w.outW(), inDepth, out.requantize("acc", "m", "s"));
		c.line("}").line("}");
	}

	/**
	 * Two neighbouring outputs per row of three taps: one word of four inputs, split into even and odd bytes,
	 * serves both. With stride 1 they read bytes 0..3; with stride 2 bytes 0..4 (the fifth loaded alone). The
	 * three rows are unrolled, so that the channel's weights, packed per row as (w0, w2) and w1, stay in
	 * registers.
	 */
	private void threeByThreeDsp(CWriter c) {
		WindowGeometry w = window;
		int bufferW = w.paddedW();
		int stride = w.strideW();
		for (int ky = 0; ky < 3; ky++) {
			c.line("const int32_t w02_%d = (int32_t)(((uint32_t)(uint16_t)f[%d] << 16) | (uint16_t)f[%d]);", ky,
					ky * 3 + 2, ky * 3);
			c.line("const int32_t w1_%d = f[%d];", ky, ky * 3 + 1);
		}
		c.line("for (int oy = 0; oy < %d; oy++) {", w.outH());
		c.line("const int8_t *row = scratch + oy * %d;", w.strideH() * bufferW);
		c.line("int8_t *yr = y + oy * %d;", w.outW() * inDepth);
		c.line("for (int ox = 0; ox < %d; ox += 2) {", w.outW() - 1);
		c.line("const int8_t *r = row + ox * %d;", stride);
		c.line("int32_t a0 = b, a1 = b;");
		for (int ky = 0; ky < 3; ky++) {
			c.line("{").line("const int32_t v = tf_load4(r + %d);", ky * bufferW);
			c.line("const int32_t even = __sxtb16(v), odd = tf_sxtb16_odd(v);");
			c.line("a0 = __smlad(even, w02_%d, a0);", ky).line("a0 = __smlabb(odd, w1_%d, a0);", ky);
			if (stride == 1) {
				c.line("a1 = __smlad(odd, w02_%d, a1);", ky).line("a1 = __smlatb(even, w1_%d, a1);", ky);
			} else {
				c.line("a1 = __smlatb(even, w02_%d, a1);", ky).line("a1 = __smlatb(odd, w1_%d, a1);", ky);
				c.line("a1 = __smlabt(r[%d], w02_%d, a1);", ky * bufferW + 4, ky);
			}
			c.line("}");
		}
		c.line("yr[ox * %d] = %s;", inDepth, out.requantize("a0", "m", "s"));
		c.line("yr[(ox + 1) * %d] = %s;", inDepth, out.requantize("a1", "m", "s"));
		c.line("}");
		if (w.outW() % 2 != 0) {
			// The last output alone, from the word that ends with its third tap (the row has a byte before it).
			int last = w.outW() - 1;
			c.line("{").line("const int8_t *r = row + %d;", last * stride - 1).line("int32_t acc = b;");
			for (int ky = 0; ky < 3; ky++) {
				c.line("{").line("const int32_t v = tf_load4(r + %d);", ky * bufferW);
				c.line("acc = __smlad(tf_sxtb16_odd(v), w02_%d, acc);", ky);
				c.line("acc = __smlatb(__sxtb16(v), w1_%d, acc);", ky).line("}");
			}
			c.line("yr[%d] = %s;", last * inDepth, out.requantize("acc", "m", "s"));
			c.line("}");
		}
		c.line("}");
	}

	/**
	 * Any window at least four taps wide, one output at a time: each row's taps four at a time from one word,
	 * its even and odd bytes against the channel's weights packed in pairs the same way; the taps left over in a
	 * row one by one.
	 */
	private void wideDsp(CWriter c) {
		WindowGeometry w = window;
		int groups = w.kernelW() / 4;
		c.line("int32_t w_even[%d][%d], w_odd[%d][%d];", w.kernelH(), groups, w.kernelH(), groups);
		c.line("for (int ky = 0; ky < %d; ky++) {", w.kernelH()).line("for (int g = 0; g < %d; g++) {", groups);
		c.line("const int8_t *t = f + ky * %d + g * 4;", w.kernelW());
		c.line("w_even[ky][g] = (int32_t)(((uint32_t)(uint16_t)t[2] << 16) | (uint16_t)t[0]);");
		c.line("w_odd[ky][g] = (int32_t)(((uint32_t)(uint16_t)t[3] << 16) | (uint16_t)t[1]);");
		c.line("}").line("}");
		c.line("for (int oy = 0; oy < %d; oy++) {", w.outH()).line("for (int ox = 0; ox < %d; ox++) {", w.outW());
		c.line("const int8_t *r = scratch + oy * %d + ox * %d;", w.strideH() * w.paddedW(), w.strideW());
		c.line("int32_t acc = b;");
		c.line("for (int ky = 0; ky < %d; ky++) {", w.kernelH());
		c.line("const int8_t *q = r + ky * %d;", w.paddedW());
		for (int g = 0; g < groups; g++) {
			c.line("{").line("const int32_t v = tf_load4(q + %d);", 4 * g);
			c.line("acc = __smlad(__sxtb16(v), w_even[ky][%d], acc);", g);
			c.line("acc = __smlad(tf_sxtb16_odd(v), w_odd[ky][%d], acc);", g).line("}");
		}
		for (int kx = 4 * groups; kx < w.kernelW(); kx++) {
			c.line("acc += f[ky * %d + %d] * q[%d];", w.kernelW(), kx, kx);
		}
		c.line("}");
		c.line("y[(oy * %d + ox) * %d] = %s;", w.outW(), inDepth, out.requantize("acc", "m", "s"));
		c.line("}").line("}");
	}

	private void direct(CWriter c) {
		WindowGeometry w = window;
		int outDepth = inDepth * multiplier;
		c.line("(void)scratch;");
		c.line("for (int oy = 0; oy < %d; oy++) {", w.outH()).line("for (int ox = 0; ox < %d; ox++) {", w.outW());
		c.line("const int iy0 = oy * %d - %d, ix0 = ox * %d - %d;", w.strideH(), w.padTop(), w.strideW(),
				w.padLeft());
		c.line("int8_t *y = output + (oy * %d + ox) * %d;", w.outW(), outDepth);
		c.line("if (%s) {", w.insideCondition());
		interior(c);
		c.line("} else {");
		channelLoop(c, ("(iy0 + ky >= 0 && iy0 + ky < %d && ix0 + kx >= 0 && ix0 + kx < %d ? "
				+ "input[((iy0 + ky) * %d + ix0 + kx) * %d + ic] : %d)").formatted(w.inH(), w.inW(), w.inW(),
						inDepth, inputZeroPoint));
		c.line("}").line("}").line("}");
	}

	/** A window inside the image: every tap unrolled, at a constant offset from the window's first input. */
	private void interior(CWriter c) {
		WindowGeometry w = window;
		c.line("const int8_t *x = input + (iy0 * %d + ix0) * %d;", w.inW(), inDepth);
		c.line("const int8_t *f = weights;").line("const int32_t *b = bias;");
		c.line("for (int ic = 0; ic < %d; ic++) {", inDepth);
		c.line("for (int m = 0; m < %d; m++) {", multiplier);
		StringBuilder sum = new StringBuilder("int32_t acc = *b++");
		for (int ky = 0, tap = 0; ky < w.kernelH(); ky++) {
			for (int kx = 0; kx < w.kernelW(); kx++, tap++) {
				sum.append(" + f[").append(tap).append("] * x[").append((ky * w.inW() + kx) * inDepth).append(']');
			}
		}
		c.line(sum.append(';').toString());
		c.line("*y = %s;", out.requantize("acc", "ic * " + multiplier + " + m"));
		c.line("y++;").line("f += %d;", w.taps()).line("}").line("x++;").line("}");
	}

	private void channelLoop(CWriter c, String tap) {
		WindowGeometry w = window;
		c.line("for (int ic = 0; ic < %d; ic++) {", inDepth);
		c.line("for (int m = 0; m < %d; m++) {", multiplier);
		c.line("const int oc = ic * %d + m;", multiplier);
		c.line("const int8_t *f = weights + oc * %d;", w.taps());
		c.line("int32_t acc = bias[oc];");
		c.line("for (int ky = 0; ky < %d; ky++) {", w.kernelH()).line("for (int kx = 0; kx < %d; kx++) {", w.kernelW());
		c.line("acc += f[ky * %d + kx] * %s;", w.kernelW(), tap).line("}").line("}");
		c.line("y[oc] = %s;", out.requantize("acc", "oc"));
		c.line("}").line("}");
	}
}
