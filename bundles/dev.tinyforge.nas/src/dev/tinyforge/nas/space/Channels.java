package dev.tinyforge.nas.space;

/**
 * Channel counts of the searched networks are multiples of 8, as in MCUNet and Once-for-All
 * ({@code make_divisible}): SIMD kernels process channels in groups, and widths off that grid waste them.
 */
public final class Channels {

	public static final int DIVISOR = 8;

	private Channels() {
	}

	/** {@code base * width} rounded to the nearest multiple of 8, at least 8. */
	public static int scaled(int base, double width) {
		long rounded = Math.round(base * width / DIVISOR) * DIVISOR;
		return (int) Math.max(DIVISOR, rounded);
	}
}
