package dev.tinyforge.dsl.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.Add;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.ConvolutionOperator;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.model.ir.Reshape;
import dev.tinyforge.model.ir.Softmax;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.model.ir.WindowedOperator;

/**
 * Writes an IR graph as a .tinyml {@code network}: one layer per operator, named by kind and position
 * ({@code conv1}, {@code dw2}, ...), with {@code from} wherever a layer does not read the previous one.
 * A float32 boundary (QUANTIZE first, DEQUANTIZE last) is noted in a comment and the int8 core is written.
 * Not thread-safe: one instance writes one network.
 */
public final class NetworkDslWriter {

	private final StringBuilder text = new StringBuilder();
	private final List<String> problems = new ArrayList<>();
	private final Map<Tensor, String> layerOf = new HashMap<>();
	private final Map<String, Integer> counters = new HashMap<>();
	private Tensor previous;

	public DslText write(Graph graph, String networkName) {
		List<Operator> ops = new ArrayList<>(graph.getOperators());
		text.append("// ").append(graph.getSource() == null ? graph.getName() : graph.getSource())
				.append(": architecture only, weights stay in the model file\n");
		text.append("network ").append(networkName).append(" {\n");
		if (graph.getInputs().size() != 1 || graph.getOutputs().size() != 1) {
			problems.add("the graph has " + graph.getInputs().size() + " inputs and " + graph.getOutputs().size()
					+ " outputs; a .tinyml network has one of each");
			return result();
		}
		Tensor input = graph.getInputs().get(0);
		if (!ops.isEmpty() && ops.get(0) instanceof Quantize && input.getDataType() == DataType.FLOAT32) {
			text.append("\t// the model quantizes a float32 input to int8 first; this is its int8 core\n");
			input = ops.remove(0).getOutputs().get(0);
		}
		if (!ops.isEmpty() && ops.get(ops.size() - 1) instanceof Dequantize) {
			text.append("\t// the model dequantizes its int8 output to float32 last\n");
			ops.remove(ops.size() - 1);
		}
		writeInput(input);
		for (Operator op : ops) {
			writeLayer(op);
		}
		text.append("}\n");
		return result();
	}

	private DslText result() {
		return new DslText(text.toString(), List.copyOf(problems));
	}

	private void writeInput(Tensor input) {
		text.append("\tinput data ").append(Tensors.format(input)).append(" int8");
		Quantization q = input.getQuantization();
		if (q != null && q.getScale().size() == 1 && q.getZeroPoint().size() == 1) {
			text.append(" scale ").append(decimal(q.getScale().get(0))).append(" zero-point ")
					.append(q.getZeroPoint().get(0));
		}
		text.append("\n");
		layerOf.put(input, "data");
		previous = input;
	}

	private void writeLayer(Operator op) {
		String line = layerText(op);
		if (line == null) {
			return;
		}
		text.append('\t').append(line).append('\n');
		Tensor out = op.getOutputs().get(0);
		layerOf.put(out, line.split(" ")[1]);
		previous = out;
	}

	/** The layer's line, or null (with a problem recorded) when the DSL cannot express the operator. */
	private String layerText(Operator op) {
		if (op instanceof DepthwiseConv2D dw) {
			int inputChannels = dw.getInputs().get(0).getShape().get(3);
			if (dw.getDepthMultiplier() != 1 && inputChannels == 1) {
				// one input channel: a depthwise with multiplier M is a convolution with M filters
				return window(op, "conv", "conv", " filters " + dw.getDepthMultiplier(), dw);
			}
			if (dw.getDepthMultiplier() != 1) {
				return unsupported(op, "depth multiplier " + dw.getDepthMultiplier());
			}
			return window(op, "dwconv", "dw", "", dw);
		}
		if (op instanceof Conv2D conv) {
			int filters = conv.getInputs().get(1).getShape().get(0);
			boolean pointwise = "1x1".equals(kernel(conv)) && conv.getStrideH() == 1 && conv.getStrideW() == 1;
			if (pointwise && conv.getDilationH() == 1 && conv.getDilationW() == 1) {
				return layer(op, "pwconv", "pw") + " filters " + filters + activation(op);
			}
			return window(op, "conv", "conv", " filters " + filters, conv);
		}
		if (op instanceof Pool2D pool) {
			String kind = pool.getKind() == PoolKind.MAX ? "maxpool" : "avgpool";
			return window(op, kind, "pool", "", pool);
		}
		if (op instanceof Mean mean) {
			if (!mean.getAxes().equals(List.of(1, 2))) {
				return unsupported(op, "a mean over axes " + mean.getAxes());
			}
			return layer(op, "globalavgpool", "gap");
		}
		if (op instanceof FullyConnected) {
			return layer(op, "dense", "fc") + " units " + op.getInputs().get(1).getShape().get(0) + activation(op);
		}
		if (op instanceof Add) {
			String name = next("add");
			return "add " + name + " from " + layerOf.get(op.getInputs().get(0)) + ", "
					+ layerOf.get(op.getInputs().get(1)) + activation(op);
		}
		if (op instanceof Pad pad) {
			return padText(pad);
		}
		if (op instanceof Reshape) {
			return layer(op, "reshape", "reshape") + " to " + Tensors.format(op.getOutputs().get(0));
		}
		if (op instanceof Softmax softmax) {
			String line = layer(op, "softmax", "softmax");
			return softmax.getBeta() == 1f ? line : line + " beta " + decimal(softmax.getBeta());
		}
		return unsupported(op, "a " + op.eClass().getName() + " operator");
	}

	private String window(Operator op, String keyword, String prefix, String filters, WindowedOperator w) {
		if (w.getStrideH() != w.getStrideW()) {
			return unsupported(op, "stride " + w.getStrideH() + "x" + w.getStrideW());
		}
		if (w instanceof ConvolutionOperator conv && (conv.getDilationH() != 1 || conv.getDilationW() != 1)) {
			return unsupported(op, "dilation " + conv.getDilationH() + "x" + conv.getDilationW());
		}
		String kernel = kernel(w);
		if (kernel == null) {
			return unsupported(op, "a non-square kernel");
		}
		return layer(op, keyword, prefix) + filters + " kernel " + kernel + " stride " + w.getStrideH() + " padding "
				+ (w.getPadding() == Padding.VALID ? "valid" : "same") + activation(op);
	}

	private String padText(Pad pad) {
		List<Integer> p = pad.getPaddings();
		if (p.size() != 8 || p.get(0) != 0 || p.get(1) != 0 || p.get(6) != 0 || p.get(7) != 0) {
			return unsupported(pad, "padding outside height and width " + p);
		}
		return layer(pad, "pad", "pad") + " top " + p.get(2) + " bottom " + p.get(3) + " left " + p.get(4) + " right "
				+ p.get(5);
	}

	/** {@code kind name} plus {@code from x} when the layer does not read the previous layer's output. */
	private String layer(Operator op, String keyword, String prefix) {
		Tensor in = op.getInputs().get(0);
		String from = in == previous ? "" : " from " + layerOf.get(in);
		return keyword + " " + next(prefix) + from;
	}

	private String next(String prefix) {
		int n = counters.merge(prefix, 1, Integer::sum);
		return prefix + n;
	}

	private static String kernel(Operator op) {
		int h;
		int w;
		if (op instanceof Pool2D pool) {
			h = pool.getFilterH();
			w = pool.getFilterW();
		} else {
			List<Integer> filter = op.getInputs().get(1).getShape();
			h = filter.get(1);
			w = filter.get(2);
		}
		return h == w ? h + "x" + w : null;
	}

	private String activation(Operator op) {
		Activation activation = op.getActivation();
		if (activation == Activation.NONE) {
			return "";
		}
		if (activation == Activation.RELU_N1_TO_1) {
			unsupported(op, "the relu_n1_to_1 activation");
		}
		return " activation " + activation.getName().toLowerCase(Locale.ROOT);
	}

	private String unsupported(Operator op, String what) {
		problems.add("operator '" + op.getName() + "': a .tinyml network cannot express " + what);
		return null;
	}

	private static String decimal(float value) {
		return new java.math.BigDecimal(Float.toString(value)).toPlainString();
	}
}
