package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.Operator;

/** Turns one TFLite builtin operator into an IR operator; registered by code in {@link OperatorMappers}. */
@FunctionalInterface
interface OperatorMapper {

	/**
	 * The IR operator with its inputs, output and attributes (the caller names it), or null after reporting
	 * through the context why the operator cannot be imported.
	 */
	Operator map(OperatorContext context);
}
