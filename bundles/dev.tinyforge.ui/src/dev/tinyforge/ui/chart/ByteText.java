package dev.tinyforge.ui.chart;

/** Byte counts for axes (short) and tooltips (exact). */
public final class ByteText {

	private ByteText() {
	}

	/** e.g. {@code 0}, {@code 512 B}, {@code 96 KiB}, {@code 1.5 MiB}. */
	public static String brief(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return trim(bytes / 1024.0) + " KiB";
		}
		return trim(bytes / (1024.0 * 1024.0)) + " MiB";
	}

	/** e.g. {@code 55,296 B}. */
	public static String exact(long bytes) {
		return String.format("%,d B", bytes);
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.1f", value);
	}
}
