package dev.tinyforge.dsl.lowering;

import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;

/**
 * Creates IR tensors and operators with consistent names: activations are named after the operator that
 * produces them, weights and biases get a {@code /weights} and {@code /bias} suffix.
 */
final class GraphBuilder {

	private final Graph graph;

	GraphBuilder(String name, String source) {
		graph = IrFactory.eINSTANCE.createGraph();
		graph.setName(name);
		graph.setSource(source);
	}

	Graph graph() {
		return graph;
	}

	Tensor activation(String name, int... shape) {
		return tensor(name, DataType.INT8, false, shape);
	}

	/** Int8 weights quantized per output channel along {@code channelAxis}. */
	Tensor weights(String owner, int channelAxis, int... shape) {
		Tensor tensor = tensor(owner + "/weights", DataType.INT8, true, shape);
		Quantization quantization = IrFactory.eINSTANCE.createQuantization();
		quantization.setQuantizedDimension(channelAxis);
		tensor.setQuantization(quantization);
		return tensor;
	}

	Tensor bias(String owner, int channels) {
		return tensor(owner + "/bias", DataType.INT32, true, channels);
	}

	Tensor tensor(String name, DataType type, boolean constant, int... shape) {
		Tensor tensor = IrFactory.eINSTANCE.createTensor();
		tensor.setName(name);
		tensor.setDataType(type);
		tensor.setConstant(constant);
		for (int dim : shape) {
			tensor.getShape().add(dim);
		}
		graph.getTensors().add(tensor);
		return tensor;
	}

	/** Adds {@code op} after all operators added so far and returns its output tensor. */
	<T extends Operator> T operator(T op, String name, String origin, Activation activation, Tensor output,
			Tensor... inputs) {
		op.setName(name);
		op.setOrigin(origin);
		op.setActivation(activation);
		for (Tensor input : inputs) {
			op.getInputs().add(input);
		}
		op.getOutputs().add(output);
		graph.getOperators().add(op);
		return op;
	}
}
