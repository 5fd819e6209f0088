package dev.tinyforge.codegen.emit;

import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * {@link GemmKernel}'s product, row by row, with its constants as {@link WidenedWeights} stores them (see
 * {@link WidenedProduct}).
 */
record WidenedGemmKernel(String baseName, int rows, int depth, int channels, OutputRange out) implements KernelSpec {

	@Override
	public String parameters() {
		return "const int8_t *input, int8_t *output, const int32_t *constants";
	}

	@Override
	public Set<CHelper> helpers() {
		return WidenedProduct.HELPERS;
	}

	@Override
	public void body(CWriter c, Target target) {
		c.line("for (int p = 0; p < %d; p++) {", rows);
		c.line("const int8_t *x = input + p * %d;", depth).line("int8_t *y = output + p * %d;", channels);
		new WidenedProduct(depth, channels, out).write(c, target);
		c.line("}");
	}
}
