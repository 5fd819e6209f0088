package dev.tinyforge.analysis.memory;

import dev.tinyforge.analysis.graph.LayerGraph;

/**
 * The in-place rules of the kernels TinyForge's code generator emits. An operator writes its output over
 * an input that dies with it when:
 * <ul>
 * <li>RESHAPE: always; the output is the input's bytes.</li>
 * <li>DEPTHWISE_CONV_2D with as many output as input channels (depth multiplier 1): TinyEngine's in-place
 * depthwise kernel goes channel by channel, copies the channel's input to a scratch buffer (see
 * {@link dev.tinyforge.analysis.cost.KernelScratchModel}) and writes the output channel over the activation.
 * In NHWC channel c's outputs land only on channel c's input positions, which were saved, so any stride
 * works as long as the output is not larger than the input (always so for SAME and VALID windows).</li>
 * <li>ADD, MUL: over either input of the output's element size and count; element-wise kernels read each
 * element before they write the same element.</li>
 * <li>LOGISTIC, QUANTIZE, DEQUANTIZE: likewise, only when input and output elements are the same size.</li>
 * <li>PAD: its output is never smaller and every element lands at or after the address it is read from, so a
 * kernel that moves the rows last to first, zero-point border included, never overwrites a row it has not
 * moved yet.</li>
 * </ul>
 * Everything else reads input positions after it has written outputs that would overlap them, so it
 * needs a buffer of its own.
 * <p>
 * The contract with the code generator: operator {@code op} runs its in-place kernel exactly when its
 * output tensor's arena offset equals the offset of one of its inputs (tensors live at the same step never
 * overlap otherwise); that input is the one it writes over. A chain of in-place operators shares one
 * buffer as large as its largest tensor, reserved from the chain's first step to its last.
 */
public final class CodegenInPlacePolicy implements InPlacePolicy {

	@Override
	public boolean writesOver(LayerGraph g, int op, int input) {
		int in = g.opInput(op, input);
		int out = g.opOutput(op, 0);
		return switch (g.opKind(op)) {
			case RESHAPE -> input == 0;
			case DEPTHWISE_CONV_2D -> input == 0 && g.tensorDim(in, 3) == g.tensorDim(out, 3)
					&& g.tensorElementBytes(in) == g.tensorElementBytes(out) && g.tensorBytes(out) <= g.tensorBytes(in);
			case ADD, MUL -> sameElements(g, in, out);
			case LOGISTIC, QUANTIZE, DEQUANTIZE -> input == 0 && sameElements(g, in, out);
			case PAD -> input == 0 && g.tensorElementBytes(in) == g.tensorElementBytes(out);
			case CONV_2D, FULLY_CONNECTED, AVERAGE_POOL_2D, MAX_POOL_2D, MEAN, SOFTMAX -> false;
		};
	}

	/** Element i of the input sits where element i of the output goes. */
	private static boolean sameElements(LayerGraph g, int in, int out) {
		return g.tensorElementBytes(in) == g.tensorElementBytes(out) && g.tensorElements(in) == g.tensorElements(out);
	}
}
