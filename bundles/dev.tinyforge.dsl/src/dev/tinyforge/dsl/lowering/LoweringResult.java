package dev.tinyforge.dsl.lowering;

import java.util.List;

import dev.tinyforge.model.ir.Graph;

/** The IR of a network, complete only when there are no problems. */
public record LoweringResult(Graph graph, List<LoweringProblem> problems) {

	public boolean succeeded() {
		return problems.isEmpty();
	}
}
