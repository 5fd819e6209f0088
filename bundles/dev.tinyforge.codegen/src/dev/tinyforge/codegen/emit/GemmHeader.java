package dev.tinyforge.codegen.emit;

import dev.tinyforge.codegen.c.CWriter;

/**
 * What a matrix-product kernel shared by layers reads of its layer at the head of the layer's first int32 constants
 * array: depth, output channels, output zero point, clamp minimum and maximum, one word each.
 */
final class GemmHeader {

	static final int WORDS = 5;

	private GemmHeader() {
	}

	/** The header of a layer, followed by its constants. */
	static int[] prepend(int depth, int channels, OutputRange out, int[] constants) {
		int[] words = new int[WORDS + constants.length];
		words[0] = depth;
		words[1] = channels;
		words[2] = out.zeroPoint();
		words[3] = out.min();
		words[4] = out.max();
		System.arraycopy(constants, 0, words, WORDS, constants.length);
		return words;
	}

	/**
	 * Declares {@code depth}, {@code channels}, {@code zero_point} and the bounds {@code form} clamps to from the
	 * array {@code constants}, then moves it past the header.
	 */
	static void read(CWriter c, OutputForm form) {
		c.line("const int32_t depth = constants[0], channels = constants[1], zero_point = constants[2];");
		if (form.clampsLow()) {
			c.line("const int32_t min = constants[3];");
		}
		if (form.clampsHigh()) {
			c.line("const int32_t max = constants[4];");
		}
		c.line("constants += %d;", WORDS);
	}
}
