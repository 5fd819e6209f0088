package dev.tinyforge.codegen.emit;

import java.util.List;
import java.util.Map;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.codegen.UnsupportedOperatorException;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.model.ir.WindowedOperator;

/**
 * One operator being generated: its tensors' arena addresses and scratch buffer as the analysis planned them,
 * and where its constants and kernel go.
 */
public final class LayerContext {

	private final int index;
	private final Operator op;
	private final String prefix;
	private final NetworkAnalysis analysis;
	private final Map<Tensor, Integer> tensorIds;
	private final ConstantData constants;
	private final KernelRegistry kernels;
	private final PatchWindow patch; // null for the whole map

	public LayerContext(int index, Operator op, String prefix, NetworkAnalysis analysis,
			Map<Tensor, Integer> tensorIds, ConstantData constants, KernelRegistry kernels) {
		this(index, op, prefix, analysis, tensorIds, constants, kernels, null);
	}

	/**
	 * A layer of the patch phase computing one patch: its input and output are the patch's windows, in their own
	 * buffers, and its sliding window and padding are the patch's.
	 */
	public LayerContext(int index, Operator op, String prefix, NetworkAnalysis analysis,
			Map<Tensor, Integer> tensorIds, ConstantData constants, KernelRegistry kernels, PatchWindow patch) {
		this.patch = patch;
		this.index = index;
		this.op = op;
		this.prefix = prefix;
		this.analysis = analysis;
		this.tensorIds = tensorIds;
		this.constants = constants;
		this.kernels = kernels;
	}

	public Operator op() {
		return op;
	}

	public Tensor input(int i) {
		if (i >= op.getInputs().size()) {
			throw unsupported("expects at least " + (i + 1) + " inputs");
		}
		return op.getInputs().get(i);
	}

	/** An optional input, or null. */
	public Tensor optionalInput(int i) {
		return i < op.getInputs().size() ? op.getInputs().get(i) : null;
	}

	public Tensor output() {
		if (op.getOutputs().size() != 1) {
			throw unsupported("expects one output, has " + op.getOutputs().size());
		}
		return op.getOutputs().get(0);
	}

	/**
	 * The PAD fused into this layer (see {@link NetworkAnalysis#fusedInto}), whose input it reads and pads as it
	 * goes, or null.
	 */
	public Pad fusedPad() {
		if (patch != null || op.getInputs().isEmpty() || !(op.eContainer() instanceof Graph graph)) {
			return null;
		}
		Tensor input = op.getInputs().get(0);
		List<Operator> ops = graph.getOperators();
		for (int p = 0; p < index; p++) {
			if (ops.get(p).getOutputs().contains(input)) {
				return analysis.fusedInto(p) == index && ops.get(p) instanceof Pad pad ? pad : null;
			}
		}
		return null;
	}

	/** The arena offset of a computed tensor. */
	public long offset(Tensor tensor) {
		if (tensor.isConstant()) {
			throw unsupported("expects tensor '" + tensor.getName() + "' to be computed, not constant");
		}
		if (patch != null && tensor == input(0)) {
			return patch.inputOffset();
		}
		if (patch != null && tensor == output()) {
			return patch.outputOffset();
		}
		return analysis.tensorOffset(tensorIds.get(tensor));
	}

	/** The tensor's shape, or for a patch of an NHWC activation, its window's. */
	int[] shape(Tensor tensor) {
		int[] shape = Tensors.shape(tensor);
		if (patch == null || tensor != input(0) && tensor != output()) {
			return shape;
		}
		return patch.shape(tensor == input(0), shape[shape.length - 1]);
	}

	/** The bytes the kernel reads or writes of the tensor: all of it, or a patch's window. */
	private long bytes(Tensor tensor) {
		long elements = 1;
		for (int dim : shape(tensor)) {
			elements *= dim;
		}
		return elements * Tensors.elementBytes(tensor.getDataType());
	}

	/** The sliding window over an {@code inH x inW} input, or over a patch's window of it. */
	WindowGeometry window(WindowedOperator windowed, int inH, int inW, int kernelH, int kernelW) {
		WindowGeometry map = WindowGeometry.of(windowed, inH, inW, kernelH, kernelW);
		return patch == null ? map : patch.geometry(map);
	}

	/** PAD's padding before each NHWC axis, for the map or a patch's window. */
	int[] padBefore(int[] map) {
		return patch == null || map.length != 4 ? map : patch.padBefore(map);
	}

	/** A C expression for the tensor's address in the arena, typed by its data type. */
	public String pointer(Tensor tensor) {
		String type = tensor.getDataType() == DataType.FLOAT32 ? "float" : "int8_t";
		return "(" + type + " *)(void *)(arena + " + offset(tensor) + ")";
	}

	/** Whether the output lies at the same arena offset as the input: the in-place variant of a kernel. */
	public boolean inPlace(Tensor input, Tensor output) {
		return offset(input) == offset(output);
	}

	/**
	 * Rejects a plan that overlaps the tensors unless the input starts at least {@code lead} bytes after the output,
	 * for kernels that read each input at most that far ahead of the outputs they write.
	 */
	public void requireLead(Tensor input, Tensor output, long lead) {
		if (offset(input) - offset(output) < lead) {
			requireSeparate(input, output);
		}
	}

	/** Rejects a plan that overlaps the tensors, for kernels that read their input after writing output. */
	public void requireSeparate(Tensor input, Tensor output) {
		long in = offset(input);
		long out = offset(output);
		if (in < out + bytes(output) && out < in + bytes(input)) {
			throw new IllegalStateException(describe() + ": the memory plan overlaps input '" + input.getName()
					+ "' and output '" + output.getName() + "', which this kernel cannot do in place");
		}
	}

	public long scratchBytes() {
		return analysis.scratchBytes(index);
	}

	/** The scratch buffer's address, or a null pointer without one. */
	public String scratchPointer() {
		long offset = analysis.scratchOffset(index);
		return offset < 0 ? "(int8_t *)0" : "(int8_t *)(void *)(arena + " + offset + ")";
	}

	/** A symbol for one of this layer's constants, e.g. {@code person_detect_l3_bias}. */
	public String symbol(String what) {
		return prefix + "_l" + index + "_" + what;
	}

	public ConstantData constants() {
		return constants;
	}

	public KernelRegistry kernels() {
		return kernels;
	}

	public UnsupportedOperatorException unsupported(String why) {
		return new UnsupportedOperatorException(describe() + ": " + why);
	}

	public String describe() {
		return "operator " + index + " '" + op.getName() + "' (" + OperatorNames.of(op) + ")";
	}
}
