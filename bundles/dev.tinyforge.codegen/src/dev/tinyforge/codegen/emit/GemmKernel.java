package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * {@code output[rows][channels] = input[rows][depth] x weights[channels][depth]^T}, requantized: a 1x1
 * convolution (rows are pixels) or a fully-connected layer (rows are batches); {@code baseName} tells which. The
 * int8 weights are an argument; biases, multipliers and shifts follow the layer's {@link GemmShape} header in one
 * array. Shared by every layer whose code is the same ({@link #shared}): the remainders of depth and channels,
 * whether there is a single row, the output form and the name tell functions apart, and the shape is read from the
 * header. A function only one shape uses bakes it in ({@link #baked}).
 *
 * @param depthResidue   {@code depth % 8}
 * @param channelResidue {@code channels % 4}
 * @param shape          the shape baked in, or null when read from the header
 */
record GemmKernel(String baseName, int depthResidue, int channelResidue, boolean singleRow, OutputForm form,
		GemmShape shape) implements KernelSpec {

	/**
	 * Weight rows per pass over a single column: four when the column is the whole layer (a fully-connected
	 * layer), two when it is the odd one left after pairs of pixels, where speed matters less than code.
	 */
	private static final int WHOLE_LAYER_ROWS = 4;
	private static final int REMAINDER_ROWS = 2;

	/**
	 * The parameters of the int8 kernels of one layer that take weights, biases, multipliers and shifts as arrays
	 * of their own (convolutions with a window).
	 */
	static final String PARAMETERS = "const int8_t *input, int8_t *output, const int8_t *weights, "
			+ "const int32_t *bias, const int32_t *multiplier, const int32_t *shift";

	static GemmKernel shared(String baseName, GemmShape shape) {
		return new GemmKernel(baseName, shape.depth() % 8, shape.channels() % 4, shape.rows() == 1,
				OutputForm.of(shape.out()), null);
	}

	static GemmKernel baked(String baseName, GemmShape shape) {
		return new GemmKernel(baseName, shape.depth() % 8, shape.channels() % 4, shape.rows() == 1,
				OutputForm.of(shape.out()), shape);
	}

	/** The layer's int32 constants as the kernel reads them: header, biases, multipliers, shifts. */
	static int[] constants(GemmShape shape, AccumulatorStage stage) {
		int channels = shape.channels();
		int[] words = new int[3 * channels];
		System.arraycopy(stage.bias, 0, words, 0, channels);
		System.arraycopy(stage.multipliers, 0, words, channels, channels);
		System.arraycopy(stage.shiftArguments(), 0, words, 2 * channels, channels);
		return shape.prepend(words);
	}

	@Override
	public String parameters() {
		return "const int8_t *input, int8_t *output, const int8_t *weights, const int32_t *constants, int32_t rows";
	}

	@Override
	public Set<CHelper> helpers() {
		return EnumSet.of(CHelper.REQUANTIZE, CHelper.LOAD_WORD, CHelper.ODD_BYTES);
	}

	@Override
	public void body(CWriter c, Target target) {
		boolean baked = shape != null;
		Extent depth = baked ? Extent.of(shape.depth()) : Extent.variable("depth", depthResidue);
		Extent channels = baked ? Extent.of(shape.channels()) : Extent.variable("channels", channelResidue);
		Extent rows = baked || singleRow ? Extent.of(baked ? shape.rows() : 1) : Extent.variable("rows");
		if (rows.isKnown()) {
			c.line("(void)rows;");
		}
		if (baked) {
			c.line("constants += %d;", GemmShape.HEADER_WORDS);
		} else {
			GemmShape.read(c, form);
		}
		c.line("const int32_t *bias = constants, *multiplier = bias + %s, *shift = multiplier + %s;", channels,
				channels);
		Requantizer out = baked ? shape.out()::requantize : form::requantize;
		TargetCode.write(c, target, dsp -> dsp(dsp, rows, depth, channels, out),
				portable -> portable(portable, rows, depth, channels, out));
	}

	private static void dsp(CWriter c, Extent rows, Extent depth, Extent channels, Requantizer out) {
		if (rows.mayReach(2)) {
			c.line("for (int p = 0; p < %s; p += 2) {", rows.minus(1));
			c.line("const int8_t *xa = input + p * %s;", depth);
			c.line("int8_t *ya = output + p * %s, *yb = ya + %s;", channels, channels);
			GemmBlocks.twoColumnsDsp(c, depth, channels, out);
			c.line("}");
		}
		if (rows.isKnown() && rows.value() % 2 == 0) {
			return;
		}
		c.line(rows.isKnown() ? "{" : "if (rows % 2 != 0) {");
		c.line("const int8_t *x = input + (%s) * %s;", rows.minus(1), depth);
		c.line("int8_t *y = output + (%s) * %s;", rows.minus(1), channels);
		boolean whole = rows.isKnown() && rows.value() == 1;
		GemmBlocks.oneColumnDsp(c, depth, channels, out, whole ? WHOLE_LAYER_ROWS : REMAINDER_ROWS);
		c.line("}");
	}

	private static void portable(CWriter c, Extent rows, Extent depth, Extent channels, Requantizer out) {
		c.line("for (int p = 0; p < %s; p++) {", rows);
		c.line("const int8_t *x = input + p * %s;", depth).line("int8_t *y = output + p * %s;", channels);
		GemmBlocks.oneColumn(c, depth, channels, out);
		c.line("}");
	}
}
