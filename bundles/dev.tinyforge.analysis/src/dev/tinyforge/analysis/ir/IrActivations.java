package dev.tinyforge.analysis.ir;

import java.util.List;

import dev.tinyforge.analysis.training.FusedActivation;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;

/**
 * The fused activation of every operator of an IR graph, indexed like the operators of the
 * {@link IrToLayerGraph#convert layer graph} made from it: what the training analysis needs besides the layer
 * graph, which leaves activations out because inference memory does not depend on them.
 */
public final class IrActivations {

	private IrActivations() {
	}

	public static FusedActivation[] of(Graph graph) {
		List<Operator> operators = graph.getOperators();
		FusedActivation[] activations = new FusedActivation[operators.size()];
		for (int op = 0; op < activations.length; op++) {
			activations[op] = switch (operators.get(op).getActivation()) {
				case NONE -> FusedActivation.NONE;
				case RELU -> FusedActivation.RELU;
				case RELU6 -> FusedActivation.RELU6;
				case RELU_N1_TO_1 -> FusedActivation.RELU_N1_TO_1;
			};
		}
		return activations;
	}
}
