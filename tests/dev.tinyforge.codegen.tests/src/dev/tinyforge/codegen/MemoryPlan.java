package dev.tinyforge.codegen;

import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.cost.ScratchModel;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.memory.GreedyBySizePlanner;

/**
 * The memory plans generated code is tested against: the analysis' default, and one giving every kernel the
 * scratch TinyEngine's kernels use, so the buffered kernel variants run too.
 */
enum MemoryPlan {
	DEFAULT {
		@Override
		NetworkAnalyzer analyzer() {
			return new NetworkAnalyzer();
		}
	},
	KERNEL_SCRATCH {
		@Override
		NetworkAnalyzer analyzer() {
			return new NetworkAnalyzer(MemoryPlan::kernelScratch, new GreedyBySizePlanner());
		}
	};

	abstract NetworkAnalyzer analyzer();

	/**
	 * Two int16 im2col columns for a CONV_2D (of one pixel's channels for 1x1), one zero-point-padded input
	 * channel for a DEPTHWISE_CONV_2D.
	 */
	private static long kernelScratch(LayerGraph g, int op) {
		int input = g.opInput(op, 0);
		switch (g.opKind(op)) {
		case CONV_2D:
			return 2L * g.kernelH(op) * g.kernelW(op) * g.tensorDim(input, 3) * 2;
		case DEPTHWISE_CONV_2D:
			return (long) padded(g.tensorDim(input, 1), g.kernelH(op), g.strideH(op), g.samePadding(op))
					* padded(g.tensorDim(input, 2), g.kernelW(op), g.strideW(op), g.samePadding(op));
		default:
			return 0;
		}
	}

	private static int padded(int in, int kernel, int stride, boolean same) {
		if (!same) {
			return in;
		}
		int out = (in + stride - 1) / stride;
		return in + Math.max((out - 1) * stride + kernel - in, 0);
	}
}
