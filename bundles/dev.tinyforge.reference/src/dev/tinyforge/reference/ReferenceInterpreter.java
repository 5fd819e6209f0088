package dev.tinyforge.reference;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.kernels.Kernel;
import dev.tinyforge.reference.kernels.KernelTable;

/**
 * Executes an IR graph bit-exactly as TensorFlow Lite Micro's reference kernels do. The graph is checked and
 * every operator's quantization parameters are worked out once, here; {@link #invoke} then only computes.
 * Tensors are raw bytes in their layout: int8, or float32 little-endian. Not thread-safe: an interpreter reuses
 * its tensor buffers from one inference to the next.
 */
public final class ReferenceInterpreter {

	private final List<Operator> operators;
	private final Kernel[] kernels;
	/** Per operator, the buffers of its inputs and outputs, shared with the tensors' slots. */
	private final byte[][][] operatorInputs;
	private final byte[][][] operatorOutputs;
	private final byte[][] graphInputs;
	private final byte[][] graphOutputs;
	private OperatorListener listener;

	/**
	 * @throws IllegalArgumentException naming the operator, if an operator is not supported, reads a tensor that
	 *                                  no earlier operator or graph input provides, or has inconsistent tensors
	 */
	public ReferenceInterpreter(Graph graph) {
		operators = List.copyOf(graph.getOperators());
		Map<Tensor, byte[]> buffers = new IdentityHashMap<>();
		for (Tensor input : graph.getInputs()) {
			buffers.put(input, allocate(input));
		}
		kernels = new Kernel[operators.size()];
		operatorInputs = new byte[operators.size()][][];
		operatorOutputs = new byte[operators.size()][][];
		for (int i = 0; i < operators.size(); i++) {
			Operator op = operators.get(i);
			try {
				operatorInputs[i] = inputBuffers(op, buffers);
				kernels[i] = KernelTable.prepare(op);
				operatorOutputs[i] = outputBuffers(op, buffers);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(describe(i, op) + ": " + e.getMessage(), e);
			}
		}
		graphInputs = graph.getInputs().stream().map(buffers::get).toArray(byte[][]::new);
		graphOutputs = new byte[graph.getOutputs().size()][];
		for (int i = 0; i < graphOutputs.length; i++) {
			Tensor output = graph.getOutputs().get(i);
			graphOutputs[i] = output.isConstant() ? output.getData() : buffers.get(output);
			if (graphOutputs[i] == null) {
				throw new IllegalArgumentException(
						"graph output '" + output.getName() + "' is computed by no operator");
			}
		}
	}

	/** The buffers an operator reads: constants' data, or the buffers of earlier outputs and graph inputs. */
	private static byte[][] inputBuffers(Operator op, Map<Tensor, byte[]> buffers) {
		byte[][] inputs = new byte[op.getInputs().size()][];
		for (int j = 0; j < inputs.length; j++) {
			Tensor tensor = op.getInputs().get(j);
			if (tensor.isConstant()) {
				if (tensor.getData() == null) {
					throw new IllegalArgumentException("constant input '" + tensor.getName() + "' has no data");
				}
				inputs[j] = tensor.getData();
			} else {
				inputs[j] = buffers.get(tensor);
				if (inputs[j] == null) {
					throw new IllegalArgumentException("input '" + tensor.getName()
							+ "' is neither a graph input nor computed by an earlier operator");
				}
			}
		}
		return inputs;
	}

	/** Allocates the buffers an operator writes; every tensor is written once. */
	private static byte[][] outputBuffers(Operator op, Map<Tensor, byte[]> buffers) {
		byte[][] outputs = new byte[op.getOutputs().size()][];
		for (int j = 0; j < outputs.length; j++) {
			Tensor tensor = op.getOutputs().get(j);
			if (tensor.isConstant() || buffers.containsKey(tensor)) {
				throw new IllegalArgumentException("output '" + tensor.getName()
						+ "' is a constant, a graph input or computed by an earlier operator");
			}
			outputs[j] = allocate(tensor);
			buffers.put(tensor, outputs[j]);
		}
		return outputs;
	}

	private static byte[] allocate(Tensor tensor) {
		long size = Tensors.byteSize(tensor);
		if (size < 0 || size > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(
					"tensor '" + tensor.getName() + "' of shape " + tensor.getShape() + " cannot be allocated");
		}
		return new byte[(int) size];
	}

	private static String describe(int index, Operator op) {
		return "operator " + index + " '" + op.getName() + "' (" + op.eClass().getName() + ")";
	}

	/** Registers the listener told about each operator's outputs during {@link #invoke}, or null for none. */
	public void setListener(OperatorListener listener) {
		this.listener = listener;
	}

	/**
	 * Runs one inference.
	 *
	 * @param inputs the bytes of each graph input, in the graph's input order
	 * @return fresh copies of the bytes of each graph output, in the graph's output order
	 * @throws IllegalArgumentException if the number or sizes of the inputs do not match the graph
	 */
	public List<byte[]> invoke(List<byte[]> inputs) {
		if (inputs.size() != graphInputs.length) {
			throw new IllegalArgumentException(
					"the graph has " + graphInputs.length + " inputs, " + inputs.size() + " were given");
		}
		for (int i = 0; i < graphInputs.length; i++) {
			if (inputs.get(i).length != graphInputs[i].length) {
				throw new IllegalArgumentException("input " + i + " needs " + graphInputs[i].length
						+ " bytes, " + inputs.get(i).length + " were given");
			}
			System.arraycopy(inputs.get(i), 0, graphInputs[i], 0, graphInputs[i].length);
		}
		for (int i = 0; i < kernels.length; i++) {
			kernels[i].run(operatorInputs[i], operatorOutputs[i]);
			if (listener != null) {
				listener.operatorExecuted(i, operators.get(i), copies(operatorOutputs[i]));
			}
		}
		return copies(graphOutputs);
	}

	private static List<byte[]> copies(byte[][] buffers) {
		List<byte[]> copies = new ArrayList<>(buffers.length);
		for (byte[] buffer : buffers) {
			copies.add(buffer.clone());
		}
		return copies;
	}
}
