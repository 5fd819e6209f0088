package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.ConvolutionOperator;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.WindowedOperator;
import dev.tinyforge.tflite.internal.schema.ConvolutionOptionsTable;
import dev.tinyforge.tflite.internal.schema.PaddingMode;
import dev.tinyforge.tflite.internal.schema.WindowOptionsTable;

/** Copies the sliding-window options that convolutions and pools share, checking their values. */
final class WindowAttributes {

	private WindowAttributes() {
	}

	/** Padding, strides and the fused activation. */
	static void copyWindow(WindowOptionsTable options, WindowedOperator op, OperatorContext context) {
		op.setPadding(padding(options.padding(), context));
		op.setStrideH(atLeastOne("stride_h", options.strideH(), context));
		op.setStrideW(atLeastOne("stride_w", options.strideW(), context));
		op.setActivation(FusedActivation.of(options.fusedActivationFunction(), context));
	}

	/** The window and the dilations. */
	static void copyConvolution(ConvolutionOptionsTable options, ConvolutionOperator op, OperatorContext context) {
		copyWindow(options, op, context);
		op.setDilationH(atLeastOne("dilation_h_factor", options.dilationHFactor(), context));
		op.setDilationW(atLeastOne("dilation_w_factor", options.dilationWFactor(), context));
	}

	/** Reports a size or step below 1 (a window that never moves, or a file that left the field out). */
	static int atLeastOne(String field, int value, OperatorContext context) {
		if (value < 1) {
			context.problem(field + " is " + value + ", must be at least 1");
		}
		return value;
	}

	private static Padding padding(byte code, OperatorContext context) {
		switch (code) {
		case PaddingMode.SAME:
			return Padding.SAME;
		case PaddingMode.VALID:
			return Padding.VALID;
		default:
			context.problem("padding " + code + " is neither SAME (" + PaddingMode.SAME + ") nor VALID ("
					+ PaddingMode.VALID + ")");
			return Padding.SAME;
		}
	}
}
