package dev.tinyforge.codegen.emit;

import java.util.Map;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.codegen.UnsupportedOperatorException;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;

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

	public LayerContext(int index, Operator op, String prefix, NetworkAnalysis analysis,
			Map<Tensor, Integer> tensorIds, ConstantData constants, KernelRegistry kernels) {
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

	/** The arena offset of a computed tensor. */
	public long offset(Tensor tensor) {
		if (tensor.isConstant()) {
			throw unsupported("expects tensor '" + tensor.getName() + "' to be computed, not constant");
		}
		return analysis.tensorOffset(tensorIds.get(tensor));
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

	/** Rejects a plan that overlaps the tensors, for kernels that read their input after writing output. */
	public void requireSeparate(Tensor input, Tensor output) {
		long in = offset(input);
		long out = offset(output);
		if (in < out + Tensors.byteSize(output) && out < in + Tensors.byteSize(input)) {
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
