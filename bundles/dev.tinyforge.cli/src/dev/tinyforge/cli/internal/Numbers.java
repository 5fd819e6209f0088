package dev.tinyforge.cli.internal;

import java.util.Locale;

/** Numbers as the text report shows them: with thousands separators, sizes also in KiB. */
final class Numbers {

	private static final long KIB = 1024;

	private Numbers() {
	}

	/** {@code 7157888} as {@code 7,157,888}. */
	static String grouped(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** {@code 300568} as {@code 300,568 B (293.5 KiB)}; below 1 KiB just {@code 80 B}. */
	static String bytes(long value) {
		return value < KIB ? grouped(value) + " B" : grouped(value) + " B (" + kib(value) + ")";
	}

	/** {@code 327680} as {@code 320 KiB}, {@code 300568} as {@code 293.5 KiB}. */
	static String kib(long value) {
		return value % KIB == 0 ? grouped(value / KIB) + " KiB"
				: String.format(Locale.ROOT, "%,.1f KiB", value / (double) KIB);
	}
}
