package dev.tinyforge.ui.chart;

/**
 * A value axis whose ticks fall on round numbers: a step of 1, 2 or 5 times a power of ten, chosen so that about
 * {@code ticks} ticks cover the values; from 0 for sizes, or around the values for a quantity that only changes
 * a little (the best score of a search).
 *
 * @param min the axis' origin, a whole number of steps
 * @param max the axis' top, a whole number of steps at or above the largest value
 */
public record NiceScale(double min, double step, double max) {

	/** From 0 to {@code largest} or a little above. */
	public static NiceScale of(double largest, int ticks) {
		return largest <= 0 ? new NiceScale(0, 1, 1) : around(0, largest, ticks);
	}

	/** From {@code smallest} or a little below to {@code largest} or a little above; one step for a single value. */
	public static NiceScale around(double smallest, double largest, int ticks) {
		double span = largest - smallest;
		if (!(span > 0)) {
			double step = smallest == 0 ? 1 : niceStep(Math.abs(smallest) / Math.max(1, ticks));
			double min = Math.floor(smallest / step) * step;
			return new NiceScale(min, step, min + step);
		}
		double step = niceStep(span / Math.max(1, ticks));
		// a value a rounding error off a tick is on it
		double min = Math.floor(smallest / step + 1e-9) * step;
		double max = Math.ceil(largest / step - 1e-9) * step;
		return new NiceScale(min, step, max);
	}

	/** As {@link #of}, in whole KiB once the bytes reach a few KiB, so that the ticks read 50 KiB, not 48.8 KiB. */
	public static NiceScale ofBytes(long largest, int ticks) {
		long unit = largest >= 4096 ? 1024 : 1;
		double units = Math.ceil((double) largest / unit);
		long step = Math.max(1, Math.round(of(units, ticks).step));
		return new NiceScale(0, step * unit, Math.max(1, (long) Math.ceil(units / step)) * step * unit);
	}

	/** The smallest of 1, 2, 5 times a power of ten at or above {@code raw}. */
	private static double niceStep(double raw) {
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			if (factor * magnitude >= raw * (1 - 1e-9)) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
	}

	public int tickCount() {
		return (int) Math.round((max - min) / step);
	}

	/** The value of tick {@code index}, from 0 at the origin to {@link #tickCount()} at the top. */
	public double tick(int index) {
		return min + index * step;
	}

	/** The pixel offset of {@code value} on an axis {@code length} pixels long, 0 at the axis' origin. */
	public int pixels(double value, int length) {
		return (int) Math.round((value - min) * length / (max - min));
	}
}
