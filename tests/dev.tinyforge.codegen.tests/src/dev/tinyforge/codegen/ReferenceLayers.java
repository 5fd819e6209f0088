package dev.tinyforge.codegen;

import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.reference.ReferenceInterpreter;

/**
 * The reference interpreter's output of every layer for one input, and the graph's int8 outputs as TFLM lists
 * them: for a float output made by a final DEQUANTIZE, that DEQUANTIZE's int8 input.
 */
final class ReferenceLayers {

	private ReferenceLayers() {
	}

	/** Each operator's (first) output, in schedule order. */
	static List<byte[]> run(ReferenceInterpreter interpreter, byte[] graphInput) {
		List<byte[]> layers = new ArrayList<>();
		interpreter.setListener((index, op, outputs) -> layers.add(outputs.get(0)));
		interpreter.invoke(List.of(graphInput));
		return layers;
	}

	/** The layer whose output TFLM's expected int8 output {@code i} is. */
	static int int8OutputLayer(Graph graph, int i) {
		List<Operator> ops = graph.getOperators();
		for (int index = 0; index < ops.size(); index++) {
			Operator op = ops.get(index);
			if (op.getOutputs().get(0) == graph.getOutputs().get(i)) {
				return op instanceof Dequantize ? ops.indexOf(producer(graph, op)) : index;
			}
		}
		throw new IllegalStateException("no operator computes output " + i);
	}

	private static Operator producer(Graph graph, Operator consumer) {
		return graph.getOperators().stream().filter(op -> op.getOutputs().get(0) == consumer.getInputs().get(0))
				.findFirst().orElseThrow();
	}
}
