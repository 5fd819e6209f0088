package dev.tinyforge.codegen.emit;

/**
 * How a kernel writes a requantization: with its output range baked in ({@link OutputRange}) or read into
 * variables of a function layers share ({@link OutputForm}).
 */
interface Requantizer {

	/** The C expression requantizing accumulator {@code acc} with multiplier and shift {@code m} and {@code s}. */
	String requantize(String acc, String m, String s);

	/** The same for output channel {@code channel}, with the kernel's {@code multiplier} and {@code shift} arrays. */
	default String requantize(String acc, String channel) {
		return requantize(acc, "multiplier[" + channel + "]", "shift[" + channel + "]");
	}
}
