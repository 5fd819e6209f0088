package dev.tinyforge.ui.chart;

/**
 * A value axis from 0 whose ticks fall on round numbers: a step of 1, 2 or 5 times a power of ten, chosen so that
 * about {@code ticks} ticks cover the largest value.
 *
 * @param max the axis' top, a whole number of steps at or above the largest value
 */
public record NiceScale(long step, long max) {

	public static NiceScale of(long largest, int ticks) {
		if (largest <= 0) {
			return new NiceScale(1, 1);
		}
		double raw = (double) largest / Math.max(1, ticks);
		long magnitude = 1;
		while (magnitude * 10 <= raw) {
			magnitude *= 10;
		}
		long step = magnitude;
		for (long factor : new long[] { 1, 2, 5, 10 }) {
			step = factor * magnitude;
			if (step >= raw) {
				break;
			}
		}
		return new NiceScale(step, (largest + step - 1) / step * step);
	}

	/**
	 * As {@link #of}, in whole KiB once the bytes reach a few KiB and in whole MiB once they reach a few MiB, so that
	 * the ticks read 50 KiB, not 48.8 KiB, and 5 MiB, not 4.9 MiB.
	 */
	public static NiceScale ofBytes(long largest, int ticks) {
		long unit = largest >= 4L << 20 ? 1L << 20 : largest >= 4096 ? 1024 : 1;
		NiceScale scale = of((largest + unit - 1) / unit, ticks);
		return new NiceScale(scale.step * unit, scale.max * unit);
	}

	public int tickCount() {
		return (int) (max / step);
	}

	/** The pixel offset of {@code value} on an axis {@code length} pixels long, 0 at the axis' origin. */
	public int pixels(long value, int length) {
		return (int) Math.round((double) value * length / max);
	}

	/** Where the parts of a stacked bar end on an axis {@code length} pixels long: offsets from 0, one per part. */
	public int[] stackEnds(long[] parts, int length) {
		int[] ends = new int[parts.length];
		long below = 0;
		for (int i = 0; i < parts.length; i++) {
			below += parts[i];
			ends[i] = pixels(below, length);
		}
		return ends;
	}
}
