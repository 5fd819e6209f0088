package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * AVERAGE_POOL_2D and MAX_POOL_2D over the window's part inside the image, as TFLite's reference kernels: the
 * average divides by the taps inside, rounding halves away from zero. Pooling does not rescale.
 */
record PoolKernel(boolean max, WindowGeometry window, int depth, int min, int maxValue) implements KernelSpec {

	@Override
	public String baseName() {
		return (max ? "max_pool" : "average_pool") + window.kernelH() + "x" + window.kernelW();
	}

	@Override
	public String parameters() {
		return "const int8_t *input, int8_t *output";
	}

	@Override
	public Set<CHelper> helpers() {
		return EnumSet.noneOf(CHelper.class);
	}

	@Override
	public void body(CWriter c, Target target) {
		WindowGeometry w = window;
		c.line("for (int oy = 0; oy < %d; oy++) {", w.outH()).line("for (int ox = 0; ox < %d; ox++) {", w.outW());
		c.line("const int iy0 = oy * %d - %d, ix0 = ox * %d - %d;", w.strideH(), w.padTop(), w.strideW(),
				w.padLeft());
		c.line("const int ky0 = iy0 < 0 ? -iy0 : 0, ky1 = %d - iy0 < %d ? %d - iy0 : %d;", w.inH(), w.kernelH(),
				w.inH(), w.kernelH());
		c.line("const int kx0 = ix0 < 0 ? -ix0 : 0, kx1 = %d - ix0 < %d ? %d - ix0 : %d;", w.inW(), w.kernelW(),
				w.inW(), w.kernelW());
		c.line("int8_t *y = output + (oy * %d + ox) * %d;", w.outW(), depth);
		if (!max) {
			c.line("const int32_t count = (ky1 - ky0) * (kx1 - kx0);");
		}
		c.line("for (int c = 0; c < %d; c++) {", depth);
		c.line("int32_t acc = %d;", max ? -128 : 0);
		c.line("for (int ky = ky0; ky < ky1; ky++) {").line("for (int kx = kx0; kx < kx1; kx++) {");
		c.line("const int32_t v = input[((iy0 + ky) * %d + ix0 + kx) * %d + c];", w.inW(), depth);
		c.line(max ? "acc = v > acc ? v : acc;" : "acc += v;").line("}").line("}");
		if (!max) {
			c.line("acc = acc > 0 ? (acc + count / 2) / count : (acc - count / 2) / count;");
		}
		c.line("y[c] = (int8_t)(acc < %d ? %d : acc > %d ? %d : acc);", min, min, maxValue, maxValue);
		c.line("}").line("}").line("}");
	}
}
