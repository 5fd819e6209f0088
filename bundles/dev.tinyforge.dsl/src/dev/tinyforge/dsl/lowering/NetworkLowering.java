package dev.tinyforge.dsl.lowering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.tinyforge.dsl.tinyMl.ActivationKind;
import dev.tinyforge.dsl.tinyMl.ActivationLayer;
import dev.tinyforge.dsl.tinyMl.Add;
import dev.tinyforge.dsl.tinyMl.Conv;
import dev.tinyforge.dsl.tinyMl.Dense;
import dev.tinyforge.dsl.tinyMl.DepthwiseConv;
import dev.tinyforge.dsl.tinyMl.Flatten;
import dev.tinyforge.dsl.tinyMl.GlobalPool;
import dev.tinyforge.dsl.tinyMl.Input;
import dev.tinyforge.dsl.tinyMl.InvertedResidual;
import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.Node;
import dev.tinyforge.dsl.tinyMl.PaddingKind;
import dev.tinyforge.dsl.tinyMl.PointwiseConv;
import dev.tinyforge.dsl.tinyMl.Pool;
import dev.tinyforge.dsl.tinyMl.PoolKind;
import dev.tinyforge.dsl.tinyMl.Reshape;
import dev.tinyforge.dsl.tinyMl.Softmax;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.validation.IssueCodes;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.WindowArithmetic;
import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.ConvolutionOperator;
import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;

/**
 * Lowers a {@link Network} written in the DSL to an IR graph, inferring every tensor's shape. Blocks expand to
 * their operators ({@code b1/expand}, {@code b1/dw}, {@code b1/project}, {@code b1/add}); each operator's
 * origin is the layer it came from. Weights are shapes only: a DSL network describes an architecture. A network
 * {@code from} a model file is that file's graph, weights included.
 * Not thread-safe: one instance lowers one network at a time.
 */
public final class NetworkLowering {

	/** Quantization of the input when the DSL gives none: [-1, 1) in 256 steps, as MobileNet inputs. */
	static final float DEFAULT_INPUT_SCALE = 1f / 128;

	private static final IrFactory IR = IrFactory.eINSTANCE;

	private GraphBuilder builder;
	private List<LoweringProblem> problems;
	private Map<Node, Tensor> outputs;
	private Map<Tensor, Operator> producers;

	public LoweringResult lower(Network network) {
		builder = new GraphBuilder(network.getName(), network.eResource() == null ? null
				: String.valueOf(network.eResource().getURI()));
		problems = new ArrayList<>();
		outputs = new HashMap<>();
		producers = new HashMap<>();
		if (network.getModelFile() != null) {
			Graph imported = new ModelFileImport(this).load(network);
			return new LoweringResult(imported == null ? builder.graph() : imported, problems);
		}
		Input input = network.getInput();
		if (input == null) {
			problem(network, Literals.NETWORK__NAME, "Network '" + network.getName() + "' has no input",
					IssueCodes.MISSING_INPUT);
			return new LoweringResult(builder.graph(), problems);
		}
		Tensor previous = lowerInput(input);
		if (previous == null) {
			return new LoweringResult(builder.graph(), problems);
		}
		builder.graph().getInputs().add(previous);
		for (Layer layer : network.getLayers()) {
			previous = lowerLayer(layer, previous);
			if (previous == null) {
				// later layers depend on shapes this one could not produce: one problem, not a cascade
				return new LoweringResult(builder.graph(), problems);
			}
			outputs.put(layer, previous);
		}
		builder.graph().getOutputs().add(previous);
		return new LoweringResult(builder.graph(), problems);
	}

	private Tensor lowerInput(Input input) {
		int[] dims = ShapeText.parse(input.getShape() == null ? null : input.getShape().getText());
		if (dims == null || (dims.length != 3 && dims.length != 1)) {
			problem(input, Literals.INPUT__SHAPE, "Input shape must be HxWxC (an image) or N (a vector)",
					IssueCodes.BAD_SHAPE);
			return null;
		}
		Tensor tensor = dims.length == 3 ? builder.activation(input.getName(), 1, dims[0], dims[1], dims[2])
				: builder.activation(input.getName(), 1, dims[0]);
		Quantization quantization = IR.createQuantization();
		boolean explicit = input.getScale() > 0;
		quantization.getScale().add(explicit ? (float) input.getScale() : DEFAULT_INPUT_SCALE);
		quantization.getZeroPoint().add(explicit ? (long) input.getZeroPoint() : 0L);
		tensor.setQuantization(quantization);
		outputs.put(input, tensor);
		return tensor;
	}

	private Tensor lowerLayer(Layer layer, Tensor previous) {
		if (layer instanceof Add add) {
			return lowerAdd(add);
		}
		Tensor in = source(layer, previous);
		if (in == null) {
			return null;
		}
		if (layer instanceof Conv conv) {
			Integer kernel = squareKernel(conv, Literals.CONV__KERNEL, conv.getKernel().getText());
			return kernel == null ? null
					: convolution(IR.createConv2D(), conv.getName(), conv.getName(), in, conv.getFilters(), kernel,
							stride(conv.getStride()), conv.getPadding(), activation(conv.getActivation()), conv);
		}
		if (layer instanceof DepthwiseConv dw) {
			Integer kernel = squareKernel(dw, Literals.DEPTHWISE_CONV__KERNEL, dw.getKernel().getText());
			return kernel == null || !requireImage(dw, in) ? null
					: convolution(IR.createDepthwiseConv2D(), dw.getName(), dw.getName(), in, channels(in), kernel,
							stride(dw.getStride()), dw.getPadding(), activation(dw.getActivation()), dw);
		}
		if (layer instanceof PointwiseConv pw) {
			return convolution(IR.createConv2D(), pw.getName(), pw.getName(), in, pw.getFilters(), 1, 1,
					PaddingKind.SAME, activation(pw.getActivation()), pw);
		}
		if (layer instanceof InvertedResidual block) {
			return new InvertedResidualLowering(this).lower(block, in);
		}
		if (layer instanceof Pool pool) {
			return lowerPool(pool, in);
		}
		if (layer instanceof GlobalPool pool) {
			return lowerGlobalPool(pool, in);
		}
		if (layer instanceof Dense dense) {
			return lowerDense(dense, in);
		}
		if (layer instanceof dev.tinyforge.dsl.tinyMl.Pad pad) {
			return lowerPad(pad, in);
		}
		if (layer instanceof Reshape reshape) {
			return lowerReshape(reshape, in);
		}
		if (layer instanceof Flatten flatten) {
			return reshaped(flatten, flatten.getName(), in, 1, (int) elements(in));
		}
		if (layer instanceof Softmax softmax) {
			return lowerSoftmax(softmax, in);
		}
		if (layer instanceof ActivationLayer activationLayer) {
			return fuseActivation(activationLayer, in);
		}
		throw new IllegalStateException("no lowering for layer kind " + layer.eClass().getName());
	}

	/** The tensor a layer reads: its {@code from} node, or the previous layer's output. */
	private Tensor source(Layer layer, Tensor previous) {
		EStructuralFeature fromFeature = layer.eClass().getEStructuralFeature("from");
		Node from = fromFeature == null ? null : (Node) layer.eGet(fromFeature);
		if (from == null) {
			return previous;
		}
		Tensor tensor = outputs.get(from);
		if (tensor == null) {
			problem(layer, fromFeature, "'" + layer.getName() + "' takes its input from an unresolved layer",
					IssueCodes.UNRESOLVED_INPUT);
		}
		return tensor;
	}

	Tensor convolution(ConvolutionOperator op, String name, String origin, Tensor in, int filters, int kernel,
			int stride, PaddingKind paddingKind, Activation activation, EObject source) {
		if (!requireImage(source, in)) {
			return null;
		}
		Padding padding = padding(paddingKind);
		int outH = WindowArithmetic.outputSize(height(in), kernel, stride, 1, padding);
		int outW = WindowArithmetic.outputSize(width(in), kernel, stride, 1, padding);
		if (outH <= 0 || outW <= 0) {
			emptyMap(source, name, in, kernel, stride);
			return null;
		}
		op.setStrideH(stride);
		op.setStrideW(stride);
		op.setPadding(padding);
		Tensor weights = op instanceof DepthwiseConv2D ? builder.weights(name, 3, 1, kernel, kernel, filters)
				: builder.weights(name, 0, filters, kernel, kernel, channels(in));
		Tensor out = builder.activation(name, 1, outH, outW, filters);
		produce(builder.operator(op, name, origin, activation, out, in, weights, builder.bias(name, filters)), out);
		return out;
	}

	private Tensor lowerAdd(Add add) {
		List<Tensor> operands = new ArrayList<>();
		for (Node node : add.getOperands()) {
			Tensor tensor = outputs.get(node);
			if (tensor == null) {
				problem(add, Literals.ADD__OPERANDS, "'" + add.getName() + "' adds an unresolved layer",
						IssueCodes.UNRESOLVED_INPUT);
				return null;
			}
			operands.add(tensor);
		}
		Tensor sum = operands.get(0);
		for (int i = 1; i < operands.size(); i++) {
			Tensor other = operands.get(i);
			if (other == sum) {
				// EMF keeps a tensor once in Operator.inputs: the ADD would have one input, which breaks the analysis.
				problem(add, Literals.ADD__OPERANDS, "'" + add.getName() + "' reads '"
						+ add.getOperands().get(i).getName() + "' twice; TinyForge's IR cannot express that yet",
						IssueCodes.DUPLICATE_OPERAND);
				return null;
			}
			if (!sum.getShape().equals(other.getShape())) {
				problem(add, Literals.ADD__OPERANDS, "Cannot add " + describe(add.getOperands().get(0), sum) + " and "
						+ describe(add.getOperands().get(i), other) + ": shapes must be equal",
						IssueCodes.SHAPE_MISMATCH);
				return null;
			}
			boolean last = i == operands.size() - 1;
			String name = last ? add.getName() : add.getName() + "/" + i;
			sum = add(name, add.getName(), sum, other, last ? activation(add.getActivation()) : Activation.NONE);
		}
		return sum;
	}

	Tensor add(String name, String origin, Tensor a, Tensor b, Activation activation) {
		Tensor out = builder.activation(name, Tensors.shape(a));
		produce(builder.operator(IR.createAdd(), name, origin, activation, out, a, b), out);
		return out;
	}

	private Tensor lowerPool(Pool pool, Tensor in) {
		Integer kernel = squareKernel(pool, Literals.POOL__KERNEL, pool.getKernel().getText());
		if (kernel == null || !requireImage(pool, in)) {
			return null;
		}
		// pools stride by their window unless told otherwise (Keras' convention)
		int stride = pool.getStride() > 0 ? pool.getStride() : kernel;
		Padding padding = padding(pool.getPadding());
		int outH = WindowArithmetic.outputSize(height(in), kernel, stride, 1, padding);
		int outW = WindowArithmetic.outputSize(width(in), kernel, stride, 1, padding);
		if (outH <= 0 || outW <= 0) {
			emptyMap(pool, pool.getName(), in, kernel, stride);
			return null;
		}
		Pool2D op = IR.createPool2D();
		op.setKind(pool.getKind() == PoolKind.MAX ? dev.tinyforge.model.ir.PoolKind.MAX
				: dev.tinyforge.model.ir.PoolKind.AVERAGE);
		op.setFilterH(kernel);
		op.setFilterW(kernel);
		op.setStrideH(stride);
		op.setStrideW(stride);
		op.setPadding(padding);
		Tensor out = builder.activation(pool.getName(), 1, outH, outW, channels(in));
		produce(builder.operator(op, pool.getName(), pool.getName(), activation(pool.getActivation()), out, in), out);
		return out;
	}

	private Tensor lowerGlobalPool(GlobalPool pool, Tensor in) {
		return requireImage(pool, in) ? mean(pool.getName(), pool.getName(), in) : null;
	}

	Tensor mean(String name, String origin, Tensor in) {
		Mean op = IR.createMean();
		op.getAxes().add(1);
		op.getAxes().add(2);
		op.setKeepDims(true);
		Tensor out = builder.activation(name, 1, 1, 1, channels(in));
		produce(builder.operator(op, name, origin, Activation.NONE, out, in), out);
		return out;
	}

	private Tensor lowerDense(Dense dense, Tensor in) {
		int inputs = (int) elements(in);
		FullyConnected op = IR.createFullyConnected();
		Tensor weights = builder.weights(dense.getName(), 0, dense.getUnits(), inputs);
		Tensor out = builder.activation(dense.getName(), 1, dense.getUnits());
		produce(builder.operator(op, dense.getName(), dense.getName(), activation(dense.getActivation()), out, in,
				weights, builder.bias(dense.getName(), dense.getUnits())), out);
		return out;
	}

	private Tensor lowerPad(dev.tinyforge.dsl.tinyMl.Pad pad, Tensor in) {
		if (!requireImage(pad, in)) {
			return null;
		}
		Pad op = IR.createPad();
		for (int amount : new int[] { 0, 0, pad.getTop(), pad.getBottom(), pad.getLeft(), pad.getRight(), 0, 0 }) {
			op.getPaddings().add(amount);
		}
		Tensor out = builder.activation(pad.getName(), 1, height(in) + pad.getTop() + pad.getBottom(),
				width(in) + pad.getLeft() + pad.getRight(), channels(in));
		produce(builder.operator(op, pad.getName(), pad.getName(), Activation.NONE, out, in), out);
		return out;
	}

	private Tensor lowerReshape(Reshape reshape, Tensor in) {
		int[] dims = ShapeText.parse(reshape.getShape() == null ? null : reshape.getShape().getText());
		if (dims == null) {
			problem(reshape, Literals.RESHAPE__SHAPE, "Reshape target must be dimensions like 256 or 1x1x256",
					IssueCodes.BAD_SHAPE);
			return null;
		}
		int[] shape = new int[dims.length + 1];
		shape[0] = 1;
		System.arraycopy(dims, 0, shape, 1, dims.length);
		long count = 1;
		for (int dim : dims) {
			count *= dim;
		}
		if (count != elements(in)) {
			problem(reshape, Literals.RESHAPE__SHAPE, "Cannot reshape " + elements(in) + " elements ("
					+ Tensors.format(in) + ") to " + reshape.getShape().getText() + " (" + count + " elements)",
					IssueCodes.SHAPE_MISMATCH);
			return null;
		}
		return reshaped(reshape, reshape.getName(), in, shape);
	}

	private Tensor reshaped(Layer layer, String name, Tensor in, int... shape) {
		Tensor out = builder.activation(name, shape);
		produce(builder.operator(IR.createReshape(), name, layer.getName(), Activation.NONE, out, in), out);
		return out;
	}

	private Tensor lowerSoftmax(Softmax softmax, Tensor in) {
		dev.tinyforge.model.ir.Softmax op = IR.createSoftmax();
		op.setBeta(softmax.getBeta() > 0 ? (float) softmax.getBeta() : 1f);
		Tensor out = builder.activation(softmax.getName(), Tensors.shape(in));
		produce(builder.operator(op, softmax.getName(), softmax.getName(), Activation.NONE, out, in), out);
		return out;
	}

	/** A stand-alone activation becomes the fused activation of the operator that produced its input. */
	private Tensor fuseActivation(ActivationLayer layer, Tensor in) {
		Operator producer = producers.get(in);
		boolean fusable = producer instanceof ConvolutionOperator || producer instanceof FullyConnected
				|| producer instanceof dev.tinyforge.model.ir.Add || producer instanceof Pool2D;
		if (!fusable || producer.getActivation() != Activation.NONE) {
			String what = producer == null ? "the network input"
					: "'" + producer.getName() + "'" + (fusable ? ", which already has an activation" : "");
			problem(layer, Literals.ACTIVATION_LAYER__KIND, "Cannot fuse '" + layer.getName() + "' into " + what
					+ "; an activation must follow a convolution, dense, add or pooling layer",
					IssueCodes.UNFUSABLE_ACTIVATION);
			return null;
		}
		producer.setActivation(Activation.getByName(layer.getKind().getName()));
		return in;
	}

	// ------------------------------------------------------------ helpers shared with block lowerings

	Integer squareKernel(EObject source, EStructuralFeature feature, String text) {
		int[] dims = ShapeText.parse(text);
		if (dims == null || dims.length > 2 || (dims.length == 2 && dims[0] != dims[1])) {
			problem(source, feature, "Kernel must be a size like 3 or 3x3 (square)", IssueCodes.BAD_KERNEL);
			return null;
		}
		return dims[0];
	}

	private boolean requireImage(EObject source, Tensor in) {
		if (in.getShape().size() != 4) {
			problem(source, nameFeature(source), "'" + nameOf(source) + "' needs an HxWxC input but gets "
					+ Tensors.format(in) + "; put it before the flatten/dense layers", IssueCodes.SHAPE_MISMATCH);
			return false;
		}
		return true;
	}

	private void emptyMap(EObject source, String name, Tensor in, int kernel, int stride) {
		problem(source, nameFeature(source), "'" + name + "' leaves an empty feature map: a " + kernel + "x" + kernel
				+ " window with stride " + stride + " and valid padding does not fit its " + height(in) + "x"
				+ width(in) + " input", IssueCodes.EMPTY_FEATURE_MAP);
	}

	void problem(EObject source, EStructuralFeature feature, String message, String code) {
		problems.add(new LoweringProblem(source, feature, message, code));
	}

	private void produce(Operator op, Tensor out) {
		producers.put(out, op);
	}

	GraphBuilder builder() {
		return builder;
	}

	static int stride(int stride) {
		return stride > 0 ? stride : 1;
	}

	static Activation activation(ActivationKind kind) {
		return Activation.getByName(kind.getName());
	}

	static Padding padding(PaddingKind kind) {
		return kind == PaddingKind.VALID ? Padding.VALID : Padding.SAME;
	}

	static int height(Tensor t) {
		return t.getShape().get(1);
	}

	static int width(Tensor t) {
		return t.getShape().get(2);
	}

	static int channels(Tensor t) {
		return t.getShape().get(t.getShape().size() - 1);
	}

	private static long elements(Tensor t) {
		return Tensors.elementCount(t);
	}

	private static String describe(Node node, Tensor tensor) {
		return "'" + node.getName() + "' (" + Tensors.format(tensor) + ")";
	}

	private static EStructuralFeature nameFeature(EObject source) {
		return source.eClass().getEStructuralFeature("name");
	}

	private static String nameOf(EObject source) {
		return String.valueOf(source.eGet(nameFeature(source)));
	}
}
