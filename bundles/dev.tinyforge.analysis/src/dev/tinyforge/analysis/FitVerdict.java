package dev.tinyforge.analysis;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * Whether an analysed network fits a device.
 *
 * @param sramNeeded the planned arena size
 * @param sramAvailable SRAM size minus reserve
 * @param flashNeeded the bytes of the network's constants; the generated code's own size is added
 *        once code generation can measure it
 * @param flashAvailable Flash size minus reserve
 * @param peakOperator the operator at the step with the most live bytes, -1 for a graph without operators
 * @param peakOperatorName its name, empty without operators
 * @param peakOperatorOrigin the DSL layer or block it came from, empty without operators
 */
public record FitVerdict(long sramNeeded, long sramAvailable, long flashNeeded, long flashAvailable, int peakOperator,
		String peakOperatorName, String peakOperatorOrigin) {

	/**
	 * @throws IllegalArgumentException if the analysis was made for a graph of another size
	 */
	public static FitVerdict of(NetworkAnalysis analysis, LayerGraph graph, DeviceBudget budget) {
		if (analysis.opCount() != graph.opCount() || analysis.tensorCount() != graph.tensorCount()) {
			throw new IllegalArgumentException("fit verdict: the analysis covers " + analysis.opCount()
					+ " operators and " + analysis.tensorCount() + " tensors, the graph has " + graph.opCount()
					+ " and " + graph.tensorCount());
		}
		int peak = analysis.peakStep();
		return new FitVerdict(analysis.arenaBytes(), budget.sramAvailableBytes(), analysis.totalWeightBytes(),
				budget.flashAvailableBytes(), peak, peak < 0 ? "" : graph.opName(peak),
				peak < 0 ? "" : graph.opOrigin(peak));
	}

	public boolean fitsSram() {
		return sramNeeded <= sramAvailable;
	}

	public boolean fitsFlash() {
		return flashNeeded <= flashAvailable;
	}

	public boolean fits() {
		return fitsSram() && fitsFlash();
	}

	/** Arena bytes beyond the available SRAM, 0 when it fits. */
	public long sramOverBytes() {
		return Math.max(0, sramNeeded - sramAvailable);
	}

	/** Constant bytes beyond the available Flash, 0 when they fit. */
	public long flashOverBytes() {
		return Math.max(0, flashNeeded - flashAvailable);
	}
}
