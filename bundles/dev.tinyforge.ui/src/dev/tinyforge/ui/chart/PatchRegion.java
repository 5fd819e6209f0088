package dev.tinyforge.ui.chart;

import dev.tinyforge.analysis.patch.PatchPhase;

/**
 * The steps a deployment runs patch by patch (MCUNetV2): their bars are one patch's live bytes, and the chart
 * shades them.
 *
 * @param firstStep the first step of the prefix
 * @param lastStep the split step, the last of the prefix
 * @param rows the patch grid's rows
 * @param columns its columns
 * @param layerByLayerPeakBytes the peak live bytes of the same network run layer by layer, for comparison
 * @param prefixMacs the prefix' MACs layer by layer
 * @param executedMacs the prefix' MACs over all patches, halos recomputed
 * @param macOverhead the recomputed MACs as a fraction of the network's MACs
 */
public record PatchRegion(int firstStep, int lastStep, int rows, int columns, long layerByLayerPeakBytes,
		long prefixMacs, long executedMacs, double macOverhead) {

	public static PatchRegion of(PatchPhase phase, long layerByLayerPeakBytes) {
		return new PatchRegion(phase.plan().firstOp(), phase.plan().splitOp(), phase.plan().rows(),
				phase.plan().columns(), layerByLayerPeakBytes, phase.prefixMacs(), phase.executedMacs(),
				phase.macOverhead());
	}

	public boolean contains(int step) {
		return step >= firstStep && step <= lastStep;
	}

	/** e.g. {@code patches 4x4, +9.5% MACs}. */
	public String label() {
		return String.format("patches %dx%d, +%.1f%% MACs", rows, columns, 100 * macOverhead);
	}
}
