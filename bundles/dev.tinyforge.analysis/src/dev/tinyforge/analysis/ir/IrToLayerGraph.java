package dev.tinyforge.analysis.ir;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.ConvolutionOperator;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrPackage;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.model.ir.Tensor;

/**
 * Converts an IR graph into a {@link LayerGraph}. The EMF model is convenient to build and edit; the layer
 * graph is what the analysis and the search evaluate many thousands of times, so the conversion happens once.
 */
public final class IrToLayerGraph {

	private IrToLayerGraph() {
	}

	/**
	 * @throws IllegalArgumentException if the graph has an operator the analysis does not know, naming it
	 */
	public static LayerGraph convert(Graph graph) {
		LayerGraph.Builder builder = new LayerGraph.Builder();
		Map<Tensor, Integer> ids = new IdentityHashMap<>();
		for (Tensor tensor : graph.getTensors()) {
			ids.put(tensor, builder.tensor(tensor.getName(), Tensors.shape(tensor),
					Tensors.elementBytes(tensor.getDataType()), tensor.isConstant()));
		}
		for (Operator op : graph.getOperators()) {
			int index = builder.op(op.getName(), op.getOrigin() == null ? op.getName() : op.getOrigin(), kind(op),
					ids(op.getInputs(), ids), ids(op.getOutputs(), ids), window(op));
			if (op instanceof Pad pad && pad.getPaddings().size() == 8) { // NHWC: before and after per axis
				builder.padding(index, pad.getPaddings().get(2), pad.getPaddings().get(4));
			}
		}
		builder.inputs(ids(graph.getInputs(), ids));
		builder.outputs(ids(graph.getOutputs(), ids));
		return builder.build();
	}

	private static OpKind kind(Operator op) {
		switch (op.eClass().getClassifierID()) {
		case IrPackage.CONV2_D:
			return OpKind.CONV_2D;
		case IrPackage.DEPTHWISE_CONV2_D:
			return OpKind.DEPTHWISE_CONV_2D;
		case IrPackage.POOL2_D:
			return ((Pool2D) op).getKind() == PoolKind.MAX ? OpKind.MAX_POOL_2D : OpKind.AVERAGE_POOL_2D;
		case IrPackage.FULLY_CONNECTED:
			return OpKind.FULLY_CONNECTED;
		case IrPackage.ADD:
			return OpKind.ADD;
		case IrPackage.MUL:
			return OpKind.MUL;
		case IrPackage.LOGISTIC:
			return OpKind.LOGISTIC;
		case IrPackage.MEAN:
			return OpKind.MEAN;
		case IrPackage.PAD:
			return OpKind.PAD;
		case IrPackage.RESHAPE:
			return OpKind.RESHAPE;
		case IrPackage.SOFTMAX:
			return OpKind.SOFTMAX;
		case IrPackage.QUANTIZE:
			return OpKind.QUANTIZE;
		case IrPackage.DEQUANTIZE:
			return OpKind.DEQUANTIZE;
		default:
			throw new IllegalArgumentException(
					"Operator '" + op.getName() + "': the analysis does not know " + op.eClass().getName());
		}
	}

	private static Window window(Operator op) {
		if (op instanceof ConvolutionOperator conv) {
			return new Window(0, 0, conv.getStrideH(), conv.getStrideW(), conv.getDilationH(), conv.getDilationW(),
					conv.getPadding() == Padding.SAME);
		}
		if (op instanceof Pool2D pool) {
			return Window.pool(pool.getFilterH(), pool.getFilterW(), pool.getStrideH(), pool.getStrideW(),
					pool.getPadding() == Padding.SAME);
		}
		return Window.NONE;
	}

	private static int[] ids(List<Tensor> tensors, Map<Tensor, Integer> ids) {
		int[] result = new int[tensors.size()];
		for (int i = 0; i < result.length; i++) {
			Integer id = ids.get(tensors.get(i));
			if (id == null) {
				throw new IllegalArgumentException("Tensor '" + tensors.get(i).getName() + "' is not in the graph");
			}
			result[i] = id;
		}
		return result;
	}
}
