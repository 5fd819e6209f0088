package dev.tinyforge.analysis.patch;

/**
 * The patch phase of an analysed network: its tiling and where, besides the tensors, its two patch buffers lie.
 * Each patch copies its window of the prefix' input to {@code inputTileOffset} and has the split operator write
 * its output window to {@code outputTileOffset}, from where it is copied into the full split output; the
 * prefix' other tensors hold one patch window each, at their own offsets.
 *
 * @param executedMacs MACs of the prefix over all patches, halos recomputed
 * @param prefixMacs   MACs of the prefix layer by layer
 * @param totalMacs    MACs of the whole network layer by layer
 */
public record PatchPhase(PatchTiling tiling, long inputTileOffset, long outputTileOffset, long executedMacs,
		long prefixMacs, long totalMacs) {

	public PatchPlan plan() {
		return tiling.plan();
	}

	/** The MACs recomputed in halos. */
	public long extraMacs() {
		return executedMacs - prefixMacs;
	}

	/** The recomputed MACs as a fraction of the network's MACs, as MCUNetV2 reports its overhead. */
	public double macOverhead() {
		return macOverhead(extraMacs(), totalMacs);
	}

	static double macOverhead(long extraMacs, long totalMacs) {
		return totalMacs == 0 ? 0 : (double) extraMacs / totalMacs;
	}
}
