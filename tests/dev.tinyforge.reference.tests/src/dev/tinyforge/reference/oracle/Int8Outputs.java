package dev.tinyforge.reference.oracle;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.OperatorListener;

/**
 * Records the tensors of one inference, to read each graph output as int8: a float output made by a final
 * DEQUANTIZE is replaced by that DEQUANTIZE's int8 input, which is what the oracle lists.
 */
final class Int8Outputs implements OperatorListener {

	private final Map<Tensor, byte[]> values = new IdentityHashMap<>();
	private final Map<Tensor, Operator> producers = new IdentityHashMap<>();

	@Override
	public void operatorExecuted(int index, Operator op, List<byte[]> outputs) {
		for (int i = 0; i < outputs.size(); i++) {
			values.put(op.getOutputs().get(i), outputs.get(i));
			producers.put(op.getOutputs().get(i), op);
		}
	}

	List<byte[]> of(Graph graph) {
		List<byte[]> outputs = new ArrayList<>();
		for (Tensor output : graph.getOutputs()) {
			Tensor int8 = producers.get(output) instanceof Dequantize dequantize ? dequantize.getInputs().get(0)
					: output;
			outputs.add(values.get(int8));
		}
		return outputs;
	}
}
