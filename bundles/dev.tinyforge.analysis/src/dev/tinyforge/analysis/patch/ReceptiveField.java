package dev.tinyforge.analysis.patch;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.model.WindowArithmetic;
import dev.tinyforge.model.ir.Padding;

/**
 * Which input rows (or columns) a span of an operator's output reads, for the operators a patch can run
 * through: convolutions, depthwise convolutions and pools (kernel, stride, dilation, TensorFlow's SAME or VALID
 * padding) and PAD. Output row {@code y} of a window reads input rows {@code y * stride - padBefore + k *
 * dilation} for taps {@code k < kernel}; PAD's output row {@code y} is input row {@code y - padTop}. Rows outside
 * the input are padding, not data: the {@linkplain #window unclipped window} keeps them, {@link #input} drops
 * them.
 */
public final class ReceptiveField {

	/** NHWC axes. */
	public static final int ROWS = 1;
	public static final int COLUMNS = 2;

	private ReceptiveField() {
	}

	/** Whether a patch can run through operators of this kind: they slide a window or pad, nothing else. */
	public static boolean spatial(OpKind kind) {
		return switch (kind) {
			case CONV_2D, DEPTHWISE_CONV_2D, AVERAGE_POOL_2D, MAX_POOL_2D, PAD -> true;
			case FULLY_CONNECTED, ADD, MUL, LOGISTIC, MEAN, RESHAPE, SOFTMAX, QUANTIZE, DEQUANTIZE -> false;
		};
	}

	/**
	 * The input positions {@code output} reads along {@code axis}, padding included: may start below 0 or end past
	 * the input.
	 */
	public static Span window(LayerGraph g, int op, int axis, Span output) {
		if (output.length() == 0) {
			return new Span(0, 0);
		}
		if (g.opKind(op) == OpKind.PAD) {
			int before = axis == ROWS ? g.padTop(op) : g.padLeft(op);
			return new Span(output.start() - before, output.end() - before);
		}
		int stride = axis == ROWS ? g.strideH(op) : g.strideW(op);
		int extent = WindowArithmetic.effectiveKernel(kernel(g, op, axis), dilation(g, op, axis));
		int padding = paddingBefore(g, op, axis);
		return new Span(output.start() * stride - padding, (output.end() - 1) * stride - padding + extent);
	}

	/** The input positions {@code output} reads along {@code axis} that hold data: the window inside the input. */
	public static Span input(LayerGraph g, int op, int axis, Span output) {
		return window(g, op, axis, output).clip(g.tensorDim(g.opInput(op, 0), axis));
	}

	/** TensorFlow's SAME padding before the input along the axis (the smaller half), 0 for VALID. */
	public static int paddingBefore(LayerGraph g, int op, int axis) {
		return WindowArithmetic.paddingBefore(g.tensorDim(g.opInput(op, 0), axis), kernel(g, op, axis),
				axis == ROWS ? g.strideH(op) : g.strideW(op), dilation(g, op, axis),
				g.samePadding(op) ? Padding.SAME : Padding.VALID);
	}

	private static int kernel(LayerGraph g, int op, int axis) {
		return axis == ROWS ? g.kernelH(op) : g.kernelW(op);
	}

	/** The dilation, at least 1: a graph built without one means none. */
	private static int dilation(LayerGraph g, int op, int axis) {
		return Math.max(axis == ROWS ? g.dilationH(op) : g.dilationW(op), 1);
	}
}
