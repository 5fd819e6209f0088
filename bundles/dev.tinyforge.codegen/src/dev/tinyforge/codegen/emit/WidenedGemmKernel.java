package dev.tinyforge.codegen.emit;

import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * {@link GemmKernel}'s product, row by row, with its constants as {@link WidenedWeights} stores them (see
 * {@link WidenedProduct}), shared by every layer whose code is the same: the layer's depth, channels, zero point and
 * clamp bounds head its constants ({@link GemmHeader}), its rows are an argument, and only the remainders of depth
 * and channels ({@link WidenedProduct.Layout}), the output form and the name tell functions apart. Read in
 * registers, the shape costs the loops nothing; the header a few loads per call.
 */
record WidenedGemmKernel(String baseName, WidenedProduct.Layout layout, OutputForm out)
		implements KernelSpec {

	@Override
	public String parameters() {
		return "const int8_t *input, int8_t *output, const int32_t *constants, int32_t rows";
	}

	@Override
	public Set<CHelper> helpers() {
		return WidenedProduct.HELPERS;
	}

	@Override
	public void body(CWriter c, Target target) {
		GemmHeader.read(c, out);
		c.line("for (int32_t p = 0; p < rows; p++) {");
		c.line("const int8_t *x = input + p * depth;").line("int8_t *y = output + p * channels;");
		new WidenedProduct(Extent.variable("depth"), Extent.variable("channels"), layout, out::requantize).write(c, target);
		c.line("}");
	}
}
