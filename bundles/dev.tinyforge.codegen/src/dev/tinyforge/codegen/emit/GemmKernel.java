package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * {@code output[rows][channels] = input[rows][depth] x weights[channels][depth]^T}, requantized: a 1x1
 * convolution (rows are pixels) or a fully-connected layer (rows are batches); {@code baseName} tells which.
 */
record GemmKernel(String baseName, int rows, int depth, int channels, OutputRange out) implements KernelSpec {

	/**
	 * Weight rows per pass over a single column: four when the column is the whole layer (a fully-connected
	 * layer), two when it is the odd one left after pairs of pixels, where speed matters less than code.
	 */
	private static final int WHOLE_LAYER_ROWS = 4;
	private static final int REMAINDER_ROWS = 2;

	static final String PARAMETERS = "const int8_t *input, int8_t *output, const int8_t *weights, "
			+ "const int32_t *bias, const int32_t *multiplier, const int32_t *shift";

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
		TargetCode.write(c, target, this::dsp, this::portable);
	}

	private void dsp(CWriter c) {
		if (rows >= 2) {
			c.line("for (int p = 0; p < %d; p += 2) {", rows - 1);
			c.line("const int8_t *xa = input + p * %d;", depth);
			c.line("int8_t *ya = output + p * %d, *yb = ya + %d;", channels, channels);
			GemmBlocks.twoColumnsDsp(c, depth, channels, out);
			c.line("}");
		}
		if (rows % 2 != 0) {
			c.line("{").line("const int8_t *x = input + %d;", (rows - 1) * depth);
			c.line("int8_t *y = output + %d;", (rows - 1) * channels);
			GemmBlocks.oneColumnDsp(c, depth, channels, out, rows == 1 ? WHOLE_LAYER_ROWS : REMAINDER_ROWS);
			c.line("}");
		}
	}

	private void portable(CWriter c) {
		c.line("for (int p = 0; p < %d; p++) {", rows);
		c.line("const int8_t *x = input + p * %d;", depth).line("int8_t *y = output + p * %d;", channels);
		GemmBlocks.oneColumn(c, depth, channels, out);
		c.line("}");
	}
}
