package dev.tinyforge.analysis.cost;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * Compute and storage costs of one operator of a validated {@link LayerGraph}.
 * <p>
 * MACs follow the convention of the published MobileNet/MCUNet figures (MobileNetV1-0.25 on
 * 96x96x1 has 7,157,888): only convolutions and fully connected layers multiply-accumulate; pools,
 * adds, means and softmax count 0, and biases are not counted.
 */
public final class OperatorCosts {

	private OperatorCosts() {
	}

	/**
	 * Multiply-accumulates: CONV_2D {@code N*outH*outW*cout*kh*kw*cin}, DEPTHWISE_CONV_2D
	 * {@code N*outH*outW*cout*kh*kw}, FULLY_CONNECTED {@code batch*out*in}, every other kind 0.
	 */
	public static long macs(LayerGraph g, int op) {
		return switch (g.opKind(op)) {
			case CONV_2D -> outputElements(g, op) * g.kernelH(op) * g.kernelW(op) * g.tensorDim(g.opInput(op, 1), 3);
			case DEPTHWISE_CONV_2D -> outputElements(g, op) * g.kernelH(op) * g.kernelW(op);
			case FULLY_CONNECTED -> outputElements(g, op) * g.tensorDim(g.opInput(op, 1), 1);
			case ADD, MUL, LOGISTIC, AVERAGE_POOL_2D, MAX_POOL_2D, MEAN, PAD, RESHAPE, SOFTMAX, QUANTIZE, DEQUANTIZE -> 0;
		};
	}

	/** Elements of the operator's constant inputs (weights and biases). */
	public static long params(LayerGraph g, int op) {
		long sum = 0;
		for (int k = 0; k < g.opInputCount(op); k++) {
			int t = g.opInput(op, k);
			if (g.isConstant(t)) {
				sum += g.tensorElements(t);
			}
		}
		return sum;
	}

	/** Bytes of the operator's constant inputs, which live in Flash. */
	public static long weightBytes(LayerGraph g, int op) {
		return inputBytes(g, op, true);
	}

	/** Bytes of the operator's non-constant inputs, which live in the arena. */
	public static long inputBytes(LayerGraph g, int op) {
		return inputBytes(g, op, false);
	}

	/** Bytes of the operator's outputs. */
	public static long outputBytes(LayerGraph g, int op) {
		long sum = 0;
		for (int k = 0; k < g.opOutputCount(op); k++) {
			sum += g.tensorBytes(g.opOutput(op, k));
		}
		return sum;
	}

	private static long inputBytes(LayerGraph g, int op, boolean constant) {
		long sum = 0;
		for (int k = 0; k < g.opInputCount(op); k++) {
			int t = g.opInput(op, k);
			if (g.isConstant(t) == constant) {
				sum += g.tensorBytes(t);
			}
		}
		return sum;
	}

	/** Convolutions and FULLY_CONNECTED have exactly one output (checked by the graph builder). */
	private static long outputElements(LayerGraph g, int op) {
		return g.tensorElements(g.opOutput(op, 0));
	}
}
