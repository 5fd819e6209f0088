package dev.tinyforge.nas.stage1;

/**
 * How one (width, resolution) space fares on a device.
 *
 * @param samples subnets drawn
 * @param fitting how many of them meet the limits
 * @param meanFittingMacs their mean MACs, 0 when none fits
 * @param macsCdf the MACs of the fitting subnets at the 0%, 5%, ..., 100% points of their distribution
 *        (MCUNet's CDF plot), empty when none fits
 */
public record SpaceStatistics(double width, int resolution, int samples, int fitting, double meanFittingMacs,
		long[] macsCdf) {

	/** Points of {@link #macsCdf}: every 5%. */
	public static final int CDF_POINTS = 21;

	public SpaceStatistics {
		macsCdf = macsCdf.clone();
	}

	@Override
	public long[] macsCdf() {
		return macsCdf.clone();
	}

	public double fittingFraction() {
		return samples == 0 ? 0 : (double) fitting / samples;
	}

	/** Quantiles of MACs, {@code sortedMacs[0 .. count)} in ascending order. */
	static long[] cdf(long[] sortedMacs, int count) {
		if (count == 0) {
			return new long[0];
		}
		long[] points = new long[CDF_POINTS];
		for (int i = 0; i < CDF_POINTS; i++) {
			points[i] = sortedMacs[(int) Math.round((count - 1) * i / (double) (CDF_POINTS - 1))];
		}
		return points;
	}
}
