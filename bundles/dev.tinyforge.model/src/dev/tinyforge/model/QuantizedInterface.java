package dev.tinyforge.model;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.model.ir.Tensor;

/**
 * A network as firmware feeds it: int8 in and int8 out, in the model's own quantization. Models trained in float
 * often take a float input that their first operator quantizes and give a float output that their last
 * dequantizes; on a microcontroller the sensor's bytes are quantized already, and the float copies only cost SRAM
 * (tinyengine_vww's 80x80x3 float input alone is 76,800 B, four times its int8 tensor). TinyEngine's generator
 * starts from the int8 tensor for the same reason.
 */
public final class QuantizedInterface {

	private QuantizedInterface() {
	}

	/** Whether {@link #of} would leave out an operator. */
	public static boolean changes(Graph graph) {
		return graph.getInputs().stream().anyMatch(input -> quantizerOf(graph, input) != null)
				|| graph.getOutputs().stream().anyMatch(output -> dequantizerOf(graph, output) != null);
	}

	/**
	 * A copy of the graph whose float inputs feed the int8 tensor their only consumer, a QUANTIZE, would make, and
	 * whose float outputs are the int8 tensor their producer, a DEQUANTIZE, reads. The graph itself is unchanged;
	 * constant data is shared, not copied.
	 */
	public static Graph of(Graph graph) {
		Graph copy = EcoreUtil.copy(graph);
		for (int i = 0; i < copy.getInputs().size(); i++) {
			Tensor input = copy.getInputs().get(i);
			Operator quantize = quantizerOf(copy, input);
			if (quantize != null) {
				copy.getInputs().set(i, quantize.getOutputs().get(0));
				copy.getOperators().remove(quantize);
				copy.getTensors().remove(input);
			}
		}
		for (int i = 0; i < copy.getOutputs().size(); i++) {
			Tensor output = copy.getOutputs().get(i);
			Operator dequantize = dequantizerOf(copy, output);
			if (dequantize != null) {
				copy.getOutputs().set(i, dequantize.getInputs().get(0));
				copy.getOperators().remove(dequantize);
				copy.getTensors().remove(output);
			}
		}
		return copy;
	}

	/** The QUANTIZE to int8 that is a float input's only use, or null. */
	private static Operator quantizerOf(Graph graph, Tensor input) {
		if (input.getDataType() != DataType.FLOAT32 || graph.getOutputs().contains(input)) {
			return null;
		}
		List<Operator> readers = graph.getOperators().stream().filter(op -> op.getInputs().contains(input)).toList();
		if (readers.size() != 1 || !(readers.get(0) instanceof Quantize quantize)) {
			return null;
		}
		Tensor quantized = quantize.getOutputs().get(0);
		return quantized.getDataType() == DataType.INT8 && !graph.getInputs().contains(quantized) ? quantize : null;
	}

	/** The DEQUANTIZE of an int8 tensor that makes a float output read by no operator, or null. */
	private static Operator dequantizerOf(Graph graph, Tensor output) {
		if (output.getDataType() != DataType.FLOAT32
				|| graph.getOperators().stream().anyMatch(op -> op.getInputs().contains(output))) {
			return null;
		}
		Operator producer = graph.getOperators().stream().filter(op -> op.getOutputs().contains(output)).findFirst()
				.orElse(null);
		if (!(producer instanceof Dequantize) || producer.getInputs().get(0).getDataType() != DataType.INT8
				|| graph.getOutputs().contains(producer.getInputs().get(0))) {
			return null;
		}
		return producer;
	}
}
