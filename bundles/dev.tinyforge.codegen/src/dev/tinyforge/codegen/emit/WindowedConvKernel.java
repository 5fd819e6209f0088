package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * A CONV_2D with a window larger than one pixel or a stride (typically the first layer, with 1 or 3 input
 * channels). With scratch, each output pixel's patch is gathered (im2col, zero-point padded, int8) and
 * multiplied like a 1x1 convolution, two pixels at a time on the DSP; without, taps are read from the input
 * with bounds checks. With widened weights ({@link WidenedWeights}, which need the scratch), each patch is
 * multiplied by {@link WidenedProduct}.
 */
record WindowedConvKernel(WindowGeometry window, int inDepth, int outDepth, int inputZeroPoint, OutputRange out,
		int im2colColumns, boolean widened) implements KernelSpec {

	/** With int8 weights. */
	WindowedConvKernel(WindowGeometry window, int inDepth, int outDepth, int inputZeroPoint, OutputRange out,
			int im2colColumns) {
		this(window, inDepth, outDepth, inputZeroPoint, out, im2colColumns, false);
	}

	WindowedConvKernel {
		if (widened && im2colColumns == 0) {
			throw new IllegalArgumentException("widened weights need the im2col scratch");
		}
	}

	@Override
	public String baseName() {
		return "conv" + window.kernelH() + "x" + window.kernelW();
	}

	@Override
	public String parameters() {
		return widened ? "const int8_t *input, int8_t *output, const int32_t *constants, int8_t *scratch"
				: GemmKernel.PARAMETERS + ", int8_t *scratch";
	}

	@Override
	public Set<CHelper> helpers() {
		return widened ? WidenedProduct.HELPERS : EnumSet.of(CHelper.REQUANTIZE, CHelper.LOAD_WORD, CHelper.ODD_BYTES);
	}

	int patch() {
		return window.taps() * inDepth;
	}

	@Override
	public void body(CWriter c, Target target) {
		if (im2colColumns == 0) {
			direct(c);
			return;
		}
		if (widened) {
			c.line("for (int p = 0; p < %d; p++) {", window.outputPixels());
			gather(c, "scratch", "p");
			c.line("const int8_t *x = scratch;").line("int8_t *y = output + p * %d;", outDepth);
			new WidenedProduct(patch(), outDepth, out).write(c, target);
			c.line("}");
			return;
		}
		if (im2colColumns == 1) {
			oneColumnAtATime(c);
			return;
		}
		TargetCode.write(c, target, this::twoColumnsAtATime, this::oneColumnAtATime);
	}

	private void oneColumnAtATime(CWriter c) {
		c.line("for (int p = 0; p < %d; p++) {", window.outputPixels());
		gather(c, "scratch", "p");
		c.line("const int8_t *x = scratch;").line("int8_t *y = output + p * %d;", outDepth);
		GemmBlocks.oneColumn(c, Extent.of(patch()), Extent.of(outDepth), out::requantize);
		c.line("}");
	}

	private void twoColumnsAtATime(CWriter c) {
		int pixels = window.outputPixels();
		if (pixels >= 2) {
			c.line("for (int p = 0; p < %d; p += 2) {", pixels - 1);
			gather(c, "scratch", "p");
			gather(c, "scratch + " + patch(), "p + 1");
			c.line("const int8_t *xa = scratch;");
			c.line("int8_t *ya = output + p * %d, *yb = ya + %d;", outDepth, outDepth);
			GemmBlocks.twoColumnsDsp(c, Extent.of(patch()), Extent.of(outDepth), out::requantize);
			c.line("}");
		}
		if (pixels % 2 != 0) {
			c.line("{");
			gather(c, "scratch", Integer.toString(pixels - 1));
			c.line("const int8_t *x = scratch;").line("int8_t *y = output + %d;", (pixels - 1) * outDepth);
			GemmBlocks.oneColumn(c, Extent.of(patch()), Extent.of(outDepth), out::requantize);
			c.line("}");
		}
	}

	/**
	 * Copies output pixel {@code pixel}'s input patch to {@code target}, the input zero point outside the image:
	 * a row of taps inside the image is one copy, a row above or below it one fill; only a row crossing the left
	 * or right border goes tap by tap.
	 */
	private void gather(CWriter c, String target, String pixel) {
		WindowGeometry w = window;
		int row = w.kernelW() * inDepth;
		c.line("{").line("int8_t *d = %s;", target);
		c.line("const int oy = (%s) / %d, ox = (%s) %% %d;", pixel, w.outW(), pixel, w.outW());
		c.line("const int ix0 = ox * %d - %d;", w.strideW(), w.padLeft());
		c.line("const int row_inside = ix0 >= 0 && ix0 <= %d;", w.inW() - w.kernelW());
		c.line("for (int ky = 0; ky < %d; ky++) {", w.kernelH());
		c.line("const int iy = oy * %d - %d + ky;", w.strideH(), w.padTop());
		c.line("if (iy < 0 || iy >= %d) {", w.inH()).line("memset(d, %d, %d);", inputZeroPoint, row);
		c.line("} else if (row_inside) {");
		c.line("memcpy(d, input + (iy * %d + ix0) * %d, %d);", w.inW(), inDepth, row);
		c.line("} else {");
		c.line("for (int kx = 0; kx < %d; kx++) {", w.kernelW());
		c.line("const int ix = ix0 + kx;");
		c.line("if (ix >= 0 && ix < %d) {", w.inW());
		c.line("memcpy(d + kx * %d, input + (iy * %d + ix) * %d, %d);", inDepth, w.inW(), inDepth, inDepth);
		c.line("} else {").line("memset(d + kx * %d, %d, %d);", inDepth, inputZeroPoint, inDepth).line("}");
		c.line("}").line("}");
		c.line("d += %d;", row).line("}").line("}");
	}

	private void direct(CWriter c) {
		WindowGeometry w = window;
		c.line("(void)scratch;");
		c.line("for (int oy = 0; oy < %d; oy++) {", w.outH()).line("for (int ox = 0; ox < %d; ox++) {", w.outW());
		c.line("int8_t *y = output + (oy * %d + ox) * %d;", w.outW(), outDepth);
		c.line("const int8_t *f = weights;");
		c.line("for (int o = 0; o < %d; o++) {", outDepth).line("int32_t acc = bias[o];");
		c.line("for (int ky = 0; ky < %d; ky++) {", w.kernelH());
		c.line("const int iy = oy * %d - %d + ky;", w.strideH(), w.padTop());
		c.line("for (int kx = 0; kx < %d; kx++) {", w.kernelW());
		c.line("const int ix = ox * %d - %d + kx;", w.strideW(), w.padLeft());
		c.line("const int inside = iy >= 0 && iy < %d && ix >= 0 && ix < %d;", w.inH(), w.inW());
		c.line("for (int k = 0; k < %d; k++) {", inDepth);
		c.line("acc += f[k] * (inside ? input[(iy * %d + ix) * %d + k] : %d);", w.inW(), inDepth, inputZeroPoint);
		c.line("}");
		c.line("f += %d;", inDepth).line("}").line("}");
		c.line("y[o] = %s;", out.requantize("acc", "o"));
		c.line("}").line("}").line("}");
	}
}
