package dev.tinyforge.analysis.memory;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;

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
 * <li>LOGISTIC, DEQUANTIZE: likewise, only when input and output elements are the same size.</li>
 * <li>QUANTIZE: likewise when the output elements are not larger (a float32 input quantized to int8): output
 * element i lands at or before input element i, which the forward loop has read, and before every later one.</li>
 * <li>CONV_2D with a 1x1 window and stride 1 (a matrix product over pixels, two pixels at a time): its output
 * may start {@link #pointwiseInputLead} bytes before its input, so that writing the outputs of pixels p and p + 1
 * never reaches input pixel p, which the kernel reads until both are written. Only where that overlaps
 * output and input, i.e. saves memory.</li>
 * <li>PAD: its output is never smaller and every element lands at or after the address it is read from, so a
 * kernel that moves the rows last to first, zero-point border included, never overwrites a row it has not
 * moved yet.</li>
 * </ul>
 * Everything else reads input positions after it has written outputs that would overlap them, so it
 * needs a buffer of its own.
 * <p>
 * A PAD whose output only a depthwise convolution without padding of its own reads (depth multiplier 1) is
 * fused into it: the depthwise kernel pads as it reads, with the PAD's pad value, its output zero point, which is
 * the depthwise input's; the padded tensor never exists.
 * <p>
 * The contract with the code generator: operator {@code op} runs its in-place kernel exactly when its
 * output tensor overlaps one of its inputs in the arena (tensors live at the same step never overlap otherwise);
 * that input is the one it writes over, at the same offset or, for the 1x1 convolution, at least its lead
 * after the output. A fused PAD's output has its input's offset, and the code generator emits nothing for it.
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
			case LOGISTIC, DEQUANTIZE -> input == 0 && sameElements(g, in, out);
			case QUANTIZE -> input == 0 && g.tensorElements(in) == g.tensorElements(out)
					&& g.tensorElementBytes(out) <= g.tensorElementBytes(in);
			case PAD -> input == 0 && g.tensorElementBytes(in) == g.tensorElementBytes(out);
			case CONV_2D -> input == 0 && pointwise(g, op) && inputLead(g, op, input) < g.tensorBytes(out);
			case FULLY_CONNECTED, AVERAGE_POOL_2D, MAX_POOL_2D, MEAN, SOFTMAX -> false;
		};
	}

	@Override
	public long inputLead(LayerGraph g, int op, int input) {
		if (g.opKind(op) != OpKind.CONV_2D) {
			return 0;
		}
		int in = g.opInput(op, 0);
		int out = g.opOutput(op, 0);
		return pointwiseInputLead(g.tensorDim(out, 1) * (long) g.tensorDim(out, 2), g.tensorDim(in, 3),
				g.tensorDim(out, 3));
	}

	/**
	 * How far after the start of a 1x1 convolution's output its input must start for the kernel to write over
	 * it: the kernel reads pixels p and p + 1 (two columns) until it has written their outputs, so the outputs of
	 * pixels 0..p + 1, {@code (p + 2) * outDepth} bytes, must end before input pixel p starts, at
	 * {@code lead + p * inDepth}, for every pixel p: {@code 2 * outDepth + max(0, (outDepth - inDepth) * (pixels - 1))}.
	 */
	public static long pointwiseInputLead(long pixels, int inDepth, int outDepth) {
		return 2L * outDepth + Math.max(0, (long) (outDepth - inDepth) * (pixels - 1));
	}

	@Override
	public int fusedInto(LayerGraph g, int op) {
		if (g.opKind(op) != OpKind.PAD) {
			return -1;
		}
		int in = g.opInput(op, 0);
		int out = g.opOutput(op, 0);
		if (g.tensorRank(in) != 4 || g.tensorRank(out) != 4 || g.tensorElementBytes(out) != 1
				|| g.tensorDim(in, 0) != g.tensorDim(out, 0) || g.tensorDim(in, 3) != g.tensorDim(out, 3)) {
			return -1;
		}
		int reader = onlyReader(g, op, out);
		return reader >= 0 && g.opKind(reader) == OpKind.DEPTHWISE_CONV_2D && g.opInput(reader, 0) == out
				&& !g.samePadding(reader) && g.dilationH(reader) == 1 && g.dilationW(reader) == 1
				&& g.tensorDim(g.opOutput(reader, 0), 3) == g.tensorDim(out, 3) ? reader : -1;
	}

	/** The one operator after {@code op} that reads the tensor, -1 if none or several do or it is a graph output. */
	private static int onlyReader(LayerGraph g, int op, int tensor) {
		for (int k = 0; k < g.graphOutputCount(); k++) {
			if (g.graphOutput(k) == tensor) {
				return -1;
			}
		}
		int reader = -1;
		for (int other = op + 1; other < g.opCount(); other++) {
			for (int k = 0; k < g.opInputCount(other); k++) {
				if (g.opInput(other, k) == tensor) {
					if (reader >= 0) {
						return -1;
					}
					reader = other;
				}
			}
		}
		return reader;
	}

	/** A 1x1 window with stride 1 over int8: the pixels of input and output correspond one to one. */
	private static boolean pointwise(LayerGraph g, int op) {
		int in = g.opInput(op, 0);
		int out = g.opOutput(op, 0);
		return g.kernelH(op) == 1 && g.kernelW(op) == 1 && g.strideH(op) == 1 && g.strideW(op) == 1
				&& g.tensorRank(in) == 4 && g.tensorRank(out) == 4 && g.tensorElementBytes(in) == 1
				&& g.tensorElementBytes(out) == 1 && g.tensorDim(in, 1) == g.tensorDim(out, 1)
				&& g.tensorDim(in, 2) == g.tensorDim(out, 2);
	}

	/** Element i of the input sits where element i of the output goes. */
	private static boolean sameElements(LayerGraph g, int in, int out) {
		return g.tensorElementBytes(in) == g.tensorElementBytes(out) && g.tensorElements(in) == g.tensorElements(out);
	}
}
