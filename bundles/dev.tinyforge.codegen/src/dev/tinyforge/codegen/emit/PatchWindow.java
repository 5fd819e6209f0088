package dev.tinyforge.codegen.emit;

import dev.tinyforge.analysis.patch.Span;

/**
 * One patch's part of a layer in the patch phase: the input window it reads (the rows and columns holding data)
 * and the output window it computes, each in a compact buffer of its own at an arena offset. Positions of the
 * layer's window outside the input are the feature map's padding, exactly as for the whole map: the kernel sees a
 * smaller map whose padding is what of the map's padding falls into the window.
 */
public record PatchWindow(Span inputRows, Span inputColumns, Span outputRows, Span outputColumns, long inputOffset,
		long outputOffset) {

	/** The window of a sliding-window kernel for this patch, from the whole map's. */
	WindowGeometry geometry(WindowGeometry map) {
		int inH = inputRows.length();
		int inW = inputColumns.length();
		int outH = outputRows.length();
		int outW = outputColumns.length();
		int padTop = inputRows.start() - (outputRows.start() * map.strideH() - map.padTop());
		int padLeft = inputColumns.start() - (outputColumns.start() * map.strideW() - map.padLeft());
		return new WindowGeometry(inH, inW, outH, outW, map.kernelH(), map.kernelW(), map.strideH(), map.strideW(),
				padTop, padLeft, Math.max((outH - 1) * map.strideH() + map.kernelH() - inH - padTop, 0),
				Math.max((outW - 1) * map.strideW() + map.kernelW() - inW - padLeft, 0));
	}

	/** PAD's zero points before the input in this window, from the whole map's {@code [batch, rows, columns, depth]}. */
	int[] padBefore(int[] map) {
		return new int[] {map[0], inputRows.start() - (outputRows.start() - map[1]),
				inputColumns.start() - (outputColumns.start() - map[2]), map[3]};
	}

	/** The NHWC shape of the window of a tensor of depth {@code depth}. */
	int[] shape(boolean input, int depth) {
		return input ? new int[] {1, inputRows.length(), inputColumns.length(), depth}
				: new int[] {1, outputRows.length(), outputColumns.length(), depth};
	}
}
