package dev.tinyforge.ui.chart;

import java.util.Locale;

/** Counts and scores short enough for an axis: {@code 950}, {@code 12k}, {@code 3.5M}, {@code 0.72}. */
public final class NumberText {

	private NumberText() {
	}

	public static String brief(double value) {
		double magnitude = Math.abs(value);
		if (magnitude >= 1e9) {
			return trim(value / 1e9) + "G";
		}
		if (magnitude >= 1e6) {
			return trim(value / 1e6) + "M";
		}
		if (magnitude >= 1e4) {
			return trim(value / 1e3) + "k";
		}
		return value == Math.rint(value) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}
}
