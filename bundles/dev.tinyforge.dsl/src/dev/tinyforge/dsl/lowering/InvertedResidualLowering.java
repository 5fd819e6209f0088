package dev.tinyforge.dsl.lowering;

import dev.tinyforge.dsl.tinyMl.ActivationKind;
import dev.tinyforge.dsl.tinyMl.InvertedResidual;
import dev.tinyforge.dsl.tinyMl.PaddingKind;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.validation.IssueCodes;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Tensor;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Expands an MBConv block (MobileNetV2, MCUNet): 1x1 expansion (none for expand 1), depthwise kxk, optional
 * squeeze-and-excitation, linear 1x1 projection, and the residual add when the stride is 1 and the
 * channel count is kept. The block's activation (default relu6) applies to the expansion and the depthwise.
 */
final class InvertedResidualLowering {

	/** Squeeze ratio when {@code se} is given without one (MobileNetV3, EfficientNet). */
	static final double DEFAULT_SE_RATIO = 0.25;

	private static final IrFactory IR = IrFactory.eINSTANCE;

	private final NetworkLowering lowering;

	InvertedResidualLowering(NetworkLowering lowering) {
		this.lowering = lowering;
	}

	Tensor lower(InvertedResidual block, Tensor in) {
		Integer kernel = lowering.squareKernel(block, Literals.INVERTED_RESIDUAL__KERNEL, block.getKernel().getText());
		if (kernel == null) {
			return null;
		}
		if (block.getExpand() < 1) {
			lowering.problem(block, Literals.INVERTED_RESIDUAL__EXPAND, "Expand ratio must be at least 1",
					IssueCodes.BAD_EXPAND);
			return null;
		}
		String name = block.getName();
		Activation activation = blockActivation(block);
		Tensor x = in;
		if (block.getExpand() > 1) {
			x = lowering.convolution(IR.createConv2D(), name + "/expand", name, x,
					NetworkLowering.channels(in) * block.getExpand(), 1, 1, PaddingKind.SAME, activation, block);
			if (x == null) {
				return null;
			}
		}
		int stride = NetworkLowering.stride(block.getStride());
		x = lowering.convolution(IR.createDepthwiseConv2D(), name + "/dw", name, x, NetworkLowering.channels(x), kernel,
				stride, PaddingKind.SAME, activation, block);
		if (x == null) {
			return null;
		}
		if (block.isSe()) {
			x = squeezeExcite(block, x);
		}
		Tensor out = lowering.convolution(IR.createConv2D(), name + "/project", name, x, block.getFilters(), 1, 1,
				PaddingKind.SAME, Activation.NONE, block);
		if (out != null && stride == 1 && NetworkLowering.channels(in) == block.getFilters()) {
			out = lowering.add(name + "/add", name, in, out, Activation.NONE);
		}
		return out;
	}

	/** Channel attention: global mean, 1x1 reduce (relu), 1x1 restore, sigmoid, scale the depthwise output. */
	private Tensor squeezeExcite(InvertedResidual block, Tensor x) {
		String name = block.getName() + "/se";
		int channels = NetworkLowering.channels(x);
		double ratio = block.getSeRatio() > 0 ? block.getSeRatio() : DEFAULT_SE_RATIO;
		int reduced = Math.max(1, (int) Math.round(channels * ratio));
		Tensor squeezed = lowering.mean(name + "/squeeze", block.getName(), x);
		Tensor reducedT = lowering.convolution(IR.createConv2D(), name + "/reduce", block.getName(), squeezed, reduced,
				1, 1, PaddingKind.SAME, Activation.RELU, block);
		Tensor restored = lowering.convolution(IR.createConv2D(), name + "/expand", block.getName(), reducedT,
				channels, 1, 1, PaddingKind.SAME, Activation.NONE, block);
		GraphBuilder builder = lowering.builder();
		Tensor gate = builder.activation(name + "/gate", Tensors.shape(restored));
		builder.operator(IR.createLogistic(), name + "/gate", block.getName(), Activation.NONE, gate, restored);
		Tensor scaled = builder.activation(name + "/scale", Tensors.shape(x));
		builder.operator(IR.createMul(), name + "/scale", block.getName(), Activation.NONE, scaled, x, gate);
		return scaled;
	}

	/** relu6 unless the block says otherwise; {@code activation none} makes it linear. */
	private static Activation blockActivation(InvertedResidual block) {
		boolean written = !NodeModelUtils.findNodesForFeature(block, Literals.INVERTED_RESIDUAL__ACTIVATION).isEmpty();
		return written ? NetworkLowering.activation(block.getActivation())
				: NetworkLowering.activation(ActivationKind.RELU6);
	}
}
