package dev.tinyforge.dsl.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Operator;

/** The {@link OperatorStep}s of an analysed network, in execution order. */
public final class OperatorSteps {

	private OperatorSteps() {
	}

	/** @return no steps when the network could not be lowered or analysed */
	public static List<OperatorStep> of(AnalyzedNetwork network) {
		if (!network.analyzed()) {
			return List.of();
		}
		LayerGraph graph = network.graph();
		NetworkAnalysis analysis = network.analysis();
		// The layer graph keeps the IR's operator order, so step i is IR operator i.
		List<Operator> operators = network.lowering().graph().getOperators();
		List<OperatorStep> steps = new ArrayList<>(graph.opCount());
		for (int op = 0; op < graph.opCount(); op++) {
			// An in-place output lies on (part of) its input and the live bytes count those bytes once: the output
			// counts only what it takes beyond its inputs, and each part is capped by what the parts before it
			// leave of the live bytes.
			long live = analysis.liveBytes(op);
			long inputs = Math.min(analysis.inputBytes(op), live);
			long output = Math.min(Math.max(analysis.outputBytes(op) - bytesOnInputs(graph, analysis, op), 0),
					live - inputs);
			long scratch = Math.min(analysis.scratchBytes(op), live - inputs - output);
			steps.add(new OperatorStep(op, graph.opName(op), graph.opOrigin(op),
					Tensors.format(operators.get(op).getOutputs().get(0)), analysis.macs(op), inputs, output, scratch,
					live - inputs - output - scratch, analysis.weightBytes(op), op == analysis.peakStep()));
		}
		return steps;
	}

	/** The bytes of the operator's output that lie on its arena inputs. */
	private static long bytesOnInputs(LayerGraph graph, NetworkAnalysis analysis, int op) {
		int output = graph.opOutput(op, 0);
		long start = analysis.tensorOffset(output);
		long end = start + graph.tensorBytes(output);
		long shared = 0;
		for (int k = 0; k < graph.opInputCount(op); k++) {
			int input = graph.opInput(op, k);
			if (!graph.isConstant(input)) {
				long inputStart = analysis.tensorOffset(input);
				shared += Math.max(0, Math.min(end, inputStart + graph.tensorBytes(input)) - Math.max(start, inputStart));
			}
		}
		return shared;
	}
}
