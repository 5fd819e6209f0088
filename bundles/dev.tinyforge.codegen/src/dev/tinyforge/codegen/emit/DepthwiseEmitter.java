package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Tensor;

/**
 * DEPTHWISE_CONV_2D: the buffered, in-place capable kernel when the depth multiplier is 1 and the analysis gives
 * scratch for one padded channel; the direct kernel otherwise, which needs input and output apart. One input
 * channel with a multiplier (a first layer) is a convolution with that many filters, whose weights are already
 * in its {@code [filter][ky][kx]} order: given scratch for a patch, the convolution kernel computes all of a
 * pixel's outputs from it (without, the direct depthwise kernel checks bounds once per window, not per tap). A PAD
 * fused into it is its padding: it reads the PAD's input, and the padded map never exists.
 */
final class DepthwiseEmitter implements OperatorEmitter {

	@Override
	public LayerCode emit(LayerContext layer) {
		DepthwiseConv2D op = (DepthwiseConv2D) layer.op();
		Tensor input = layer.input(0);
		Tensor filter = layer.input(1);
		Tensor output = layer.output();
		Int8Operands.require(layer, input, output);
		if (op.getDilationH() != 1 || op.getDilationW() != 1) {
			throw layer.unsupported("dilated convolutions are not supported");
		}
		Pad pad = layer.fusedPad();
		Tensor source = pad == null ? input : pad.getInputs().get(0); // the bytes it reads
		Int8Operands.require(layer, source);
		int[] in = Int8Operands.nhwc(layer, source);
		int[] filterShape = Tensors.shape(filter);
		int multiplier = op.getDepthMultiplier();
		if (filterShape.length != 4 || filterShape[0] != 1 || filterShape[3] != in[3] * multiplier) {
			throw layer.unsupported("the filter must have shape [1, H, W, input depth x depth multiplier]");
		}
		WindowGeometry window = pad == null ? layer.window(op, in[1], in[2], filterShape[1], filterShape[2])
				: padded(layer, op, pad, in, filterShape);
		boolean buffered = multiplier == 1
				&& layer.scratchBytes() >= (long) window.paddedH() * window.paddedW();
		if (!buffered || !layer.inPlace(source, output)) {
			layer.requireSeparate(source, output);
		}
		byte[] weights = perChannel(ConstantTensors.int8(layer, filter), filterShape[3], window.taps());
		AccumulatorStage stage = AccumulatorStage.of(layer, input, filter, layer.optionalInput(2), output,
				op.getActivation(), true, WeightSums.ofRows(weights, filterShape[3]));
		KernelSpec kernel;
		int im2colColumns = (int) Math.min(2, layer.scratchBytes() / window.taps());
		if (in[3] == 1 && multiplier > 1 && im2colColumns > 0) {
			kernel = new WindowedConvKernel(window, 1, multiplier, Quantizations.zeroPoint(input),
					OutputRange.of(stage), im2colColumns);
		} else {
			kernel = new DepthwiseKernel(window, in[3], multiplier, Quantizations.zeroPoint(input),
					OutputRange.of(stage), buffered);
		}
		String name = layer.kernels().use(kernel);
		String arguments = layer.pointer(source) + ", " + layer.pointer(output) + ", "
				+ layer.constants().int8(layer.symbol("weights"), weights) + ", " + stage.arguments(layer) + ", "
				+ layer.scratchPointer();
		return new LayerCode(name, name + "(" + arguments + ");");
	}

	/** The window over the fused PAD's input, padded as the PAD's output with the depthwise input's zero point. */
	private static WindowGeometry padded(LayerContext layer, DepthwiseConv2D op, Pad pad, int[] in, int[] filterShape) {
		if (op.getPadding() != Padding.VALID || pad.getPaddings().size() != 8) {
			throw layer.unsupported("a fused PAD needs a depthwise convolution without padding over an NHWC map");
		}
		int[] padded = Tensors.shape(layer.input(0));
		return WindowGeometry.padded(op, in[1], in[2], filterShape[1], filterShape[2], pad.getPaddings().get(2),
				pad.getPaddings().get(4), padded[1], padded[2]);
	}

	/** From TFLite's {@code [1][ky][kx][channel]} to {@code [channel][ky][kx]}: each channel's taps together. */
	private static byte[] perChannel(byte[] hwc, int channels, int taps) {
		byte[] chw = new byte[hwc.length];
		for (int tap = 0; tap < taps; tap++) {
			for (int c = 0; c < channels; c++) {
				chw[c * taps + tap] = hwc[tap * channels + c];
			}
		}
		return chw;
	}
}
