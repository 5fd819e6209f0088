package dev.tinyforge.analysis.patch;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;

/**
 * The scratch of a prefix operator working on its largest patch window rather than the whole feature map. Only
 * the depthwise kernel's buffer depends on the map's size: it holds one channel with its padding (see
 * {@link dev.tinyforge.analysis.cost.KernelScratchModel}), for a patch the rows and columns its window reads.
 */
public final class PatchScratch {

	private PatchScratch() {
	}

	/** @param fullMapBytes the operator's scratch layer by layer */
	public static long bytes(PatchTiling tiling, int op, long fullMapBytes) {
		LayerGraph g = tiling.graph();
		if (g.opKind(op) != OpKind.DEPTHWISE_CONV_2D || fullMapBytes == 0) {
			return fullMapBytes;
		}
		long rows = ReceptiveField.window(g, op, ReceptiveField.ROWS, new Span(0, tiling.maxOutputRows(op))).length();
		long columns = ReceptiveField.window(g, op, ReceptiveField.COLUMNS, new Span(0, tiling.maxOutputColumns(op)))
				.length();
		return Math.min(fullMapBytes, rows * columns);
	}
}
