package dev.tinyforge.codegen.emit;

import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * {@link GemmKernel}'s product, row by row, with its constants as {@link WidenedWeights} stores them (see
 * {@link WidenedProduct}) after the layer's {@link GemmShape} header. Shared by every layer whose code is the same
 * ({@link #shared}): only the layout of depth and channels, the output form and the name tell functions apart,
 * and the shape is read from the header into registers, which costs the loops next to nothing. A function only
 * one shape uses bakes it in ({@link #baked}): smaller and a little faster.
 *
 * @param shape the shape baked in, or null when read from the header
 */
record WidenedGemmKernel(String baseName, WidenedProduct.Layout layout, OutputForm form, GemmShape shape)
		implements KernelSpec {

	static WidenedGemmKernel shared(String baseName, GemmShape shape) {
		return new WidenedGemmKernel(baseName, layout(shape), OutputForm.of(shape.out()), null);
	}

	static WidenedGemmKernel baked(String baseName, GemmShape shape) {
		return new WidenedGemmKernel(baseName, layout(shape), OutputForm.of(shape.out()), shape);
	}

	private static WidenedProduct.Layout layout(GemmShape shape) {
		return WidenedProduct.Layout.of(shape.depth(), shape.channels());
	}

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
		boolean baked = shape != null;
		Extent depth = baked ? Extent.of(shape.depth()) : Extent.variable("depth");
		Extent channels = baked ? Extent.of(shape.channels()) : Extent.variable("channels");
		if (baked) {
			c.line("(void)rows;").line("constants += %d;", GemmShape.HEADER_WORDS);
		} else {
			GemmShape.read(c, form);
		}
		c.line("for (int32_t p = 0; p < %s; p++) {", baked ? Integer.toString(shape.rows()) : "rows");
		c.line("const int8_t *x = input + p * %s;", depth).line("int8_t *y = output + p * %s;", channels);
		new WidenedProduct(depth, channels, layout, baked ? shape.out()::requantize : form::requantize).write(c,
				target);
		c.line("}");
	}
}
