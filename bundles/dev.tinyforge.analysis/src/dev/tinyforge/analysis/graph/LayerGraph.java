package dev.tinyforge.analysis.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable int8 network: tensors and the operators that read and write them, in execution
 * order. Tensors and operators are dense int ids ({@code 0..tensorCount()-1},
 * {@code 0..opCount()-1}); the data lives in flat parallel arrays so that analysing a graph touches
 * few objects.
 * <p>
 * Shapes are NHWC for 4-D activations; filters are OHWI {@code [cout,kh,kw,cin]} for CONV_2D,
 * {@code [1,kh,kw,cout]} for DEPTHWISE_CONV_2D and {@code [out,in]} for FULLY_CONNECTED, always the
 * operator's input 1. Constant tensors (weights, biases) live in Flash, all others in the SRAM arena.
 * <p>
 * Indexed accessors ({@link #opInput}, {@link #tensorDim}, {@link #graphInput}, ...) never allocate;
 * the array-returning ones ({@link #opInputs}, {@link #tensorShape}, {@link #graphInputs}, ...)
 * return fresh copies and are meant for code outside hot loops.
 */
public final class LayerGraph {

	// Layout of the per-operator window parameters in the windows array.
	private static final int KERNEL_H = 0;
	private static final int KERNEL_W = 1;
	private static final int STRIDE_H = 2;
	private static final int STRIDE_W = 3;
	private static final int DILATION_H = 4;
	private static final int DILATION_W = 5;
	private static final int WINDOW_FIELDS = 6;

	private final String[] tensorNames;
	private final int[] shapeStart; // dims of tensor t: shapeDims[shapeStart[t] .. shapeStart[t + 1])
	private final int[] shapeDims;
	private final int[] elementBytes;
	private final long[] elements;
	private final boolean[] constant;

	private final String[] opNames;
	private final String[] opOrigins;
	private final OpKind[] opKinds;
	private final int[] inputStart; // inputs of operator i: inputIds[inputStart[i] .. inputStart[i + 1])
	private final int[] inputIds;
	private final int[] outputStart;
	private final int[] outputIds;
	private final int[] windows; // WINDOW_FIELDS ints per operator
	private final boolean[] samePadding;
	private final int[] padsBefore; // PAD only: rows, then columns added before the input, per operator

	private final int[] graphInputs;
	private final int[] graphOutputs;
	private final int[] producers;

	private LayerGraph(Builder b) {
		tensorNames = Arrays.copyOf(b.tensorNames, b.tensorCount);
		shapeStart = Arrays.copyOf(b.shapeStart, b.tensorCount + 1);
		shapeDims = Arrays.copyOf(b.shapeDims, b.shapeStart[b.tensorCount]);
		elementBytes = Arrays.copyOf(b.elementBytes, b.tensorCount);
		elements = Arrays.copyOf(b.elements, b.tensorCount);
		constant = Arrays.copyOf(b.constant, b.tensorCount);
		opNames = Arrays.copyOf(b.opNames, b.opCount);
		opOrigins = Arrays.copyOf(b.opOrigins, b.opCount);
		opKinds = Arrays.copyOf(b.opKinds, b.opCount);
		inputStart = Arrays.copyOf(b.inputStart, b.opCount + 1);
		inputIds = Arrays.copyOf(b.inputIds, b.inputStart[b.opCount]);
		outputStart = Arrays.copyOf(b.outputStart, b.opCount + 1);
		outputIds = Arrays.copyOf(b.outputIds, b.outputStart[b.opCount]);
		windows = Arrays.copyOf(b.windows, b.opCount * WINDOW_FIELDS);
		samePadding = Arrays.copyOf(b.samePadding, b.opCount);
		padsBefore = Arrays.copyOf(b.padsBefore, b.opCount * 2);
		graphInputs = Arrays.copyOf(b.graphInputs, b.graphInputCount);
		graphOutputs = Arrays.copyOf(b.graphOutputs, b.graphOutputCount);
		// The validator reads the arrays copied above through the accessors; it never calls producer().
		producers = GraphValidator.validate(this);
		takeConvolutionKernelsFromFilters();
	}

	/** Convolutions state their kernel through the filter shape; mirror it so kernelH/W hold for every op. */
	private void takeConvolutionKernelsFromFilters() {
		for (int op = 0; op < opKinds.length; op++) {
			if (OperandContract.of(opKinds[op]).window() == OperandContract.WindowUse.FILTER_KERNEL) {
				int filter = opInput(op, 1);
				windows[op * WINDOW_FIELDS + KERNEL_H] = tensorDim(filter, 1);
				windows[op * WINDOW_FIELDS + KERNEL_W] = tensorDim(filter, 2);
			}
		}
	}

	// ---- tensors

	public int tensorCount() {
		return tensorNames.length;
	}

	public String tensorName(int tensor) {
		return tensorNames[tensor];
	}

	public int tensorRank(int tensor) {
		return shapeStart[tensor + 1] - shapeStart[tensor];
	}

	public int tensorDim(int tensor, int axis) {
		return shapeDims[shapeStart[tensor] + Objects.checkIndex(axis, tensorRank(tensor))];
	}

	/** A copy of the tensor's shape. */
	public int[] tensorShape(int tensor) {
		return Arrays.copyOfRange(shapeDims, shapeStart[tensor], shapeStart[tensor + 1]);
	}

	/** Bytes per element: 1 for int8, 4 for int32 biases, ... */
	public int tensorElementBytes(int tensor) {
		return elementBytes[tensor];
	}

	public long tensorElements(int tensor) {
		return elements[tensor];
	}

	public long tensorBytes(int tensor) {
		return elements[tensor] * elementBytes[tensor];
	}

	/** Whether the tensor is a constant (weights, bias) stored in Flash rather than in the arena. */
	public boolean isConstant(int tensor) {
		return constant[tensor];
	}

	/** The operator that writes the tensor, or -1 for graph inputs and constants. */
	public int producer(int tensor) {
		return producers[tensor];
	}

	// ---- operators

	public int opCount() {
		return opKinds.length;
	}

	public String opName(int op) {
		return opNames[op];
	}

	/** The DSL layer or block the operator came from; may equal {@link #opName}. */
	public String opOrigin(int op) {
		return opOrigins[op];
	}

	public OpKind opKind(int op) {
		return opKinds[op];
	}

	public int opInputCount(int op) {
		return inputStart[op + 1] - inputStart[op];
	}

	public int opInput(int op, int k) {
		return inputIds[inputStart[op] + Objects.checkIndex(k, opInputCount(op))];
	}

	/** A copy of the operator's input tensor ids. */
	public int[] opInputs(int op) {
		return Arrays.copyOfRange(inputIds, inputStart[op], inputStart[op + 1]);
	}

	public int opOutputCount(int op) {
		return outputStart[op + 1] - outputStart[op];
	}

	public int opOutput(int op, int k) {
		return outputIds[outputStart[op] + Objects.checkIndex(k, opOutputCount(op))];
	}

	/** A copy of the operator's output tensor ids. */
	public int[] opOutputs(int op) {
		return Arrays.copyOfRange(outputIds, outputStart[op], outputStart[op + 1]);
	}

	/** Kernel height; for convolutions it is the filter's kh. */
	public int kernelH(int op) {
		return window(op, KERNEL_H);
	}

	/** Kernel width; for convolutions it is the filter's kw. */
	public int kernelW(int op) {
		return window(op, KERNEL_W);
	}

	public int strideH(int op) {
		return window(op, STRIDE_H);
	}

	public int strideW(int op) {
		return window(op, STRIDE_W);
	}

	public int dilationH(int op) {
		return window(op, DILATION_H);
	}

	public int dilationW(int op) {
		return window(op, DILATION_W);
	}

	public boolean samePadding(int op) {
		return samePadding[op];
	}

	/** Rows a PAD adds above its input; 0 for every other operator. */
	public int padTop(int op) {
		return padsBefore[Objects.checkIndex(op, opKinds.length) * 2];
	}

	/** Columns a PAD adds left of its input; 0 for every other operator. */
	public int padLeft(int op) {
		return padsBefore[Objects.checkIndex(op, opKinds.length) * 2 + 1];
	}

	/** The operator's window as a new value, kernels of convolutions taken from their filter. */
	public Window opWindow(int op) {
		return new Window(kernelH(op), kernelW(op), strideH(op), strideW(op), dilationH(op), dilationW(op),
				samePadding(op));
	}

	private int window(int op, int field) {
		return windows[Objects.checkIndex(op, opKinds.length) * WINDOW_FIELDS + field];
	}

	// ---- graph ends

	public int graphInputCount() {
		return graphInputs.length;
	}

	public int graphInput(int k) {
		return graphInputs[k];
	}

	/** A copy of the graph input tensor ids. */
	public int[] graphInputs() {
		return graphInputs.clone();
	}

	public int graphOutputCount() {
		return graphOutputs.length;
	}

	public int graphOutput(int k) {
		return graphOutputs[k];
	}

	/** A copy of the graph output tensor ids. */
	public int[] graphOutputs() {
		return graphOutputs.clone();
	}

	@Override
	public String toString() {
		return "LayerGraph[" + tensorCount() + " tensors, " + opCount() + " operators]";
	}

	/**
	 * Assembles a {@link LayerGraph}. Ids are handed out in call order. {@link #build()} copies the
	 * data and validates it; the builder keeps its content, and {@link #clear()} empties it while
	 * keeping its grown arrays, so one builder can assemble many graphs without reallocating.
	 * Not thread-safe.
	 */
	public static final class Builder {

		private static final int INITIAL_CAPACITY = 32;

		private String[] tensorNames = new String[INITIAL_CAPACITY];
		private int[] shapeStart = new int[INITIAL_CAPACITY + 1];
		private int[] shapeDims = new int[INITIAL_CAPACITY * 4];
		private int[] elementBytes = new int[INITIAL_CAPACITY];
		private long[] elements = new long[INITIAL_CAPACITY];
		private boolean[] constant = new boolean[INITIAL_CAPACITY];
		private int tensorCount;

		private String[] opNames = new String[INITIAL_CAPACITY];
		private String[] opOrigins = new String[INITIAL_CAPACITY];
		private OpKind[] opKinds = new OpKind[INITIAL_CAPACITY];
		private int[] inputStart = new int[INITIAL_CAPACITY + 1];
		private int[] inputIds = new int[INITIAL_CAPACITY * 3];
		private int[] outputStart = new int[INITIAL_CAPACITY + 1];
		private int[] outputIds = new int[INITIAL_CAPACITY];
		private int[] windows = new int[INITIAL_CAPACITY * WINDOW_FIELDS];
		private boolean[] samePadding = new boolean[INITIAL_CAPACITY];
		private int[] padsBefore = new int[INITIAL_CAPACITY * 2];
		private int opCount;

		private int[] graphInputs = new int[4];
		private int graphInputCount;
		private int[] graphOutputs = new int[4];
		private int graphOutputCount;

		/**
		 * Declares a tensor and returns its id.
		 *
		 * @param shape dimensions, each at least 1 (copied)
		 * @param elementBytes bytes per element: 1 for int8, 4 for int32 or float
		 * @param constant true for weights and biases, which live in Flash
		 */
		public int tensor(String name, int[] shape, int elementBytes, boolean constant) {
			if (name == null || shape == null) {
				throw new IllegalArgumentException("tensor #" + tensorCount + ": name and shape are required");
			}
			if (elementBytes < 1) {
				throw new IllegalArgumentException(
						"tensor '" + name + "': element size must be at least 1 byte, got " + elementBytes);
			}
			long count = elementCount(name, shape);
			if (count > Long.MAX_VALUE / elementBytes) {
				throw new IllegalArgumentException(
						"tensor '" + name + "': too many bytes in " + Arrays.toString(shape));
			}
			int t = tensorCount;
			int dimsAt = shapeStart[t];
			tensorNames = grow(tensorNames, t + 1);
			shapeStart = grow(shapeStart, t + 2);
			shapeDims = grow(shapeDims, dimsAt + shape.length);
			this.elementBytes = grow(this.elementBytes, t + 1);
			elements = grow(elements, t + 1);
			this.constant = grow(this.constant, t + 1);

			tensorNames[t] = name;
			System.arraycopy(shape, 0, shapeDims, dimsAt, shape.length);
			shapeStart[t + 1] = dimsAt + shape.length;
			this.elementBytes[t] = elementBytes;
			elements[t] = count;
			this.constant[t] = constant;
			tensorCount = t + 1;
			return t;
		}

		/**
		 * Appends an operator (execution order is call order) and returns its index. Tensor ids are
		 * checked by {@link #build()}, so tensors may be declared before or after their operators.
		 *
		 * @param origin the DSL layer or block the operator came from; may equal name
		 * @param inputs tensor ids (copied); for convolutions and FULLY_CONNECTED: activation, filter
		 *        or weights, optional bias
		 * @param outputs tensor ids (copied)
		 * @param window sliding-window parameters, {@link Window#NONE} for operators without one
		 */
		public int op(String name, String origin, OpKind kind, int[] inputs, int[] outputs, Window window) {
			if (name == null || origin == null || kind == null || inputs == null || outputs == null
					|| window == null) {
				throw new IllegalArgumentException("operator #" + opCount + " '" + name
						+ "': name, origin, kind, inputs, outputs and window are required (Window.NONE if none)");
			}
			int op = opCount;
			int inputsAt = inputStart[op];
			int outputsAt = outputStart[op];
			opNames = grow(opNames, op + 1);
			opOrigins = grow(opOrigins, op + 1);
			opKinds = grow(opKinds, op + 1);
			inputStart = grow(inputStart, op + 2);
			inputIds = grow(inputIds, inputsAt + inputs.length);
			outputStart = grow(outputStart, op + 2);
			outputIds = grow(outputIds, outputsAt + outputs.length);
			windows = grow(windows, (op + 1) * WINDOW_FIELDS);
			samePadding = grow(samePadding, op + 1);
			padsBefore = grow(padsBefore, (op + 1) * 2);

			opNames[op] = name;
			opOrigins[op] = origin;
			opKinds[op] = kind;
			System.arraycopy(inputs, 0, inputIds, inputsAt, inputs.length);
			inputStart[op + 1] = inputsAt + inputs.length;
			System.arraycopy(outputs, 0, outputIds, outputsAt, outputs.length);
			outputStart[op + 1] = outputsAt + outputs.length;
			int w = op * WINDOW_FIELDS;
			windows[w + KERNEL_H] = window.kernelH();
			windows[w + KERNEL_W] = window.kernelW();
			windows[w + STRIDE_H] = window.strideH();
			windows[w + STRIDE_W] = window.strideW();
			windows[w + DILATION_H] = window.dilationH();
			windows[w + DILATION_W] = window.dilationW();
			samePadding[op] = window.samePadding();
			padsBefore[op * 2] = 0;
			padsBefore[op * 2 + 1] = 0;
			opCount = op + 1;
			return op;
		}

		/**
		 * Sets the rows and columns a PAD operator adds above and left of its input (NHWC axes 1 and 2), which
		 * its shapes alone do not tell; the receptive field of a patch needs them.
		 */
		public Builder padding(int op, int top, int left) {
			if (op < 0 || op >= opCount || top < 0 || left < 0) {
				throw new IllegalArgumentException("operator #" + op + ": padding " + top + ", " + left
						+ " needs an operator added before and no negative amounts");
			}
			padsBefore[op * 2] = top;
			padsBefore[op * 2 + 1] = left;
			return this;
		}

		/** Sets the graph input tensor ids, replacing earlier ones. */
		public Builder inputs(int... tensors) {
			graphInputs = grow(graphInputs, tensors.length);
			System.arraycopy(tensors, 0, graphInputs, 0, tensors.length);
			graphInputCount = tensors.length;
			return this;
		}

		/** Sets the graph output tensor ids, replacing earlier ones. */
		public Builder outputs(int... tensors) {
			graphOutputs = grow(graphOutputs, tensors.length);
			System.arraycopy(tensors, 0, graphOutputs, 0, tensors.length);
			graphOutputCount = tensors.length;
			return this;
		}

		/** Forgets all tensors, operators and graph ends; keeps the grown arrays for the next graph. */
		public Builder clear() {
			Arrays.fill(tensorNames, 0, tensorCount, null);
			Arrays.fill(opNames, 0, opCount, null);
			Arrays.fill(opOrigins, 0, opCount, null);
			tensorCount = 0;
			opCount = 0;
			graphInputCount = 0;
			graphOutputCount = 0;
			return this;
		}

		/**
		 * Copies the content into a new validated graph.
		 *
		 * @throws IllegalArgumentException naming the offending operator or tensor when an id is out
		 *         of range, a tensor is produced twice or read before it is produced, a tensor has no
		 *         source, a graph end is a constant, or an operator's operands do not fit its kind
		 */
		public LayerGraph build() {
			return new LayerGraph(this);
		}

		private static long elementCount(String name, int[] shape) {
			long count = 1;
			for (int dim : shape) {
				if (dim < 1) {
					throw new IllegalArgumentException(
							"tensor '" + name + "': dimensions must be at least 1, got " + Arrays.toString(shape));
				}
				if (count > Long.MAX_VALUE / dim) {
					throw new IllegalArgumentException(
							"tensor '" + name + "': too many elements in " + Arrays.toString(shape));
				}
				count *= dim;
			}
			return count;
		}

		private static int[] grow(int[] array, int needed) {
			return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
		}

		private static long[] grow(long[] array, int needed) {
			return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
		}

		private static boolean[] grow(boolean[] array, int needed) {
			return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
		}

		private static <T> T[] grow(T[] array, int needed) {
			return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
		}
	}
}
