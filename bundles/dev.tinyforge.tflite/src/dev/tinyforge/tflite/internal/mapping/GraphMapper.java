package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.tflite.internal.file.Places;
import dev.tinyforge.tflite.internal.file.Problems;
import dev.tinyforge.tflite.internal.file.TfliteFile;
import dev.tinyforge.tflite.internal.file.TfliteOperator;
import dev.tinyforge.tflite.internal.flatbuffer.MalformedFlatBufferException;

/**
 * Builds the IR graph of a file that passed every check and has only supported operators: operators in
 * file order, each named after the tensor it writes, then the graph's ends and the tensors in file order.
 * Problems the mappers find (options, parameters, shapes) go to {@code problems}; the graph is only valid
 * if there are none.
 */
public final class GraphMapper {

	private final TfliteFile file;
	private final Problems problems;
	private final IrTensors tensors;

	private GraphMapper(TfliteFile file, Problems problems) {
		this.file = file;
		this.problems = problems;
		this.tensors = new IrTensors(file, problems);
	}

	public static Graph map(TfliteFile file, String name, String source, Problems problems) {
		return new GraphMapper(file, problems).map(name, source);
	}

	private Graph map(String name, String source) {
		Graph graph = IrFactory.eINSTANCE.createGraph();
		graph.setName(name);
		graph.setSource(source);
		for (TfliteOperator operator : file.operators()) {
			Operator op = map(operator);
			if (op != null) {
				graph.getOperators().add(op);
			}
		}
		for (int index : file.inputs()) {
			graph.getInputs().add(tensors.get(index));
		}
		int[] outputs = file.outputs();
		for (int k = 0; k < outputs.length; k++) {
			graph.getOutputs().add(output(k, outputs[k]));
		}
		graph.getTensors().addAll(tensors.inFileOrder());
		return graph;
	}

	private Operator map(TfliteOperator operator) {
		OperatorMapper mapper = OperatorMappers.forCode(file.operatorCode(operator).builtinCode());
		OperatorContext context = new OperatorContext(file, operator, tensors, problems);
		try {
			Operator op = mapper.map(context);
			if (op != null) {
				op.setName(op.getOutputs().get(0).getName());
				op.setOrigin(context.origin());
			}
			return op;
		} catch (MalformedFlatBufferException e) {
			problems.atByte(e.offset(), Places.operator(file, operator) + ": " + e.getMessage());
			return null;
		}
	}

	/** The graph's output {@code k}, which callers read in the file's layout. */
	private Tensor output(int k, int index) {
		Layout layout = tensors.layout(index);
		if (layout != null) {
			problems.add("subgraph 0", "unsupported: output " + k + ", " + Places.tensor(file, index)
					+ ", is in the axis order from before " + layout.origin() + "; the IR has no transpose");
		}
		return tensors.get(index);
	}
}
