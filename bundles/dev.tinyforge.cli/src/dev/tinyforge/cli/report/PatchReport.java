package dev.tinyforge.cli.report;

/**
 * The patch phase of an analysed deployment: steps {@code firstStep..splitStep} run patch by patch.
 *
 * @param splitLayer      the name of the operator at {@code splitStep}, whose output the patches assemble
 * @param executedMacs    MACs of the patch phase over all patches
 * @param extraMacs       of those, the MACs recomputed in overlapping halos
 * @param overheadPercent the extra MACs in percent of the network's MACs
 */
public record PatchReport(int rows, int columns, int firstStep, int splitStep, String splitLayer, long executedMacs,
		long extraMacs, double overheadPercent) {

	public String grid() {
		return rows + "x" + columns;
	}
}
