package dev.tinyforge.analysis.cost;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;

/** Single-operator graphs with hand-checkable costs; int8 activations and weights, int32 biases. */
final class CostTestGraphs {

	private CostTestGraphs() {
	}

	/** CONV_2D: [n,8,8,3] -> filter [16,kh,kw,3] + bias [16] -> [n,8,8,16], SAME. */
	static LayerGraph conv(int batch, int kh, int kw) {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {batch, 8, 8, 3}, 1, false);
		int filter = b.tensor("filter", new int[] {16, kh, kw, 3}, 1, true);
		int bias = b.tensor("bias", new int[] {16}, 4, true);
		int out = b.tensor("out", new int[] {batch, 8, 8, 16}, 1, false);
		b.op("conv", "conv", OpKind.CONV_2D, new int[] {in, filter, bias}, new int[] {out}, Window.conv(1, 1, true));
		return b.inputs(in).outputs(out).build();
	}

	/** DEPTHWISE_CONV_2D 3x5 stride 2 SAME: [1,8,8,16] -> filter [1,3,5,16] + bias [16] -> [1,4,4,16]. */
	static LayerGraph depthwise() {
		return depthwise(3, 5, Window.conv(2, 2, true), 4, 4);
	}

	/** DEPTHWISE_CONV_2D kh x kw over [1,8,8,16] with the given window to [1,outH,outW,16]. */
	static LayerGraph depthwise(int kh, int kw, Window window, int outH, int outW) {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {1, 8, 8, 16}, 1, false);
		int filter = b.tensor("filter", new int[] {1, kh, kw, 16}, 1, true);
		int bias = b.tensor("bias", new int[] {16}, 4, true);
		int out = b.tensor("out", new int[] {1, outH, outW, 16}, 1, false);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {in, filter, bias}, new int[] {out}, window);
		return b.inputs(in).outputs(out).build();
	}

	/** FULLY_CONNECTED with batch 2: [2,64] -> weights [10,64] + bias [10] -> [2,10]. */
	static LayerGraph fullyConnected() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {2, 64}, 1, false);
		int weights = b.tensor("weights", new int[] {10, 64}, 1, true);
		int bias = b.tensor("bias", new int[] {10}, 4, true);
		int out = b.tensor("out", new int[] {2, 10}, 1, false);
		b.op("fc", "fc", OpKind.FULLY_CONNECTED, new int[] {in, weights, bias}, new int[] {out}, Window.NONE);
		return b.inputs(in).outputs(out).build();
	}

	/** A pool or other one-input operator of the given kind: [1,8,8,4] -> [1,4,4,4], 2x2 stride 2. */
	static LayerGraph unary(OpKind kind) {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = b.tensor("in", new int[] {1, 8, 8, 4}, 1, false);
		int out = b.tensor("out", new int[] {1, 4, 4, 4}, 1, false);
		b.op("op", "op", kind, new int[] {in}, new int[] {out}, Window.pool(2, 2, 2, 2, false));
		return b.inputs(in).outputs(out).build();
	}

	/** ADD of two [1,4,4,8] graph inputs. */
	static LayerGraph add() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int x = b.tensor("x", new int[] {1, 4, 4, 8}, 1, false);
		int y = b.tensor("y", new int[] {1, 4, 4, 8}, 1, false);
		int out = b.tensor("out", new int[] {1, 4, 4, 8}, 1, false);
		b.op("add", "add", OpKind.ADD, new int[] {x, y}, new int[] {out}, Window.NONE);
		return b.inputs(x, y).outputs(out).build();
	}
}
