package dev.tinyforge.codegen.emit;

import dev.tinyforge.codegen.c.CWriter;

/**
 * What a matrix product of one layer bakes into its kernel, or, when layers share the kernel, the kernel reads at
 * the head of the layer's first int32 constants array: depth, output channels, output zero point, clamp minimum
 * and maximum, one word each. The rows are the call's argument (a layer run patch by patch has several), baked in
 * only with the rest.
 */
record GemmShape(int rows, int depth, int channels, OutputRange out) {

	static final int HEADER_WORDS = 5;

	/** The header, followed by the layer's constants. */
	int[] prepend(int[] constants) {
		int[] words = new int[HEADER_WORDS + constants.length];
		words[0] = depth;
		words[1] = channels;
		words[2] = out.zeroPoint();
		words[3] = out.min();
		words[4] = out.max();
		System.arraycopy(constants, 0, words, HEADER_WORDS, constants.length);
		return words;
	}

	/**
	 * Declares {@code depth}, {@code channels}, {@code zero_point} and the bounds {@code form} clamps to from the
	 * header at {@code constants}, then moves it past the header.
	 */
	static void read(CWriter c, OutputForm form) {
		c.line("const int32_t depth = constants[0], channels = constants[1], zero_point = constants[2];");
		if (form.clampsLow()) {
			c.line("const int32_t min = constants[3];");
		}
		if (form.clampsHigh()) {
			c.line("const int32_t max = constants[4];");
		}
		c.line("constants += %d;", HEADER_WORDS);
	}
}
