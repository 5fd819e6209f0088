package dev.tinyforge.reference;

import java.util.List;

import dev.tinyforge.model.ir.Operator;

/** Observes an inference operator by operator, e.g. to compare generated code layer by layer. */
@FunctionalInterface
public interface OperatorListener {

	/**
	 * Called after each operator has run.
	 *
	 * @param index   the operator's position in the graph's execution order
	 * @param outputs a copy of each output tensor's bytes, in the operator's output order
	 */
	void operatorExecuted(int index, Operator op, List<byte[]> outputs);
}
