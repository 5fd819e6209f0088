package dev.tinyforge.tflite.internal.mapping;

import java.util.function.Supplier;

import dev.tinyforge.model.ir.Operator;

/** QUANTIZE, DEQUANTIZE and LOGISTIC: one input, one output, no options. */
final class SingleInputMapper implements OperatorMapper {

	private final Supplier<Operator> factory;

	SingleInputMapper(Supplier<Operator> factory) {
		this.factory = factory;
	}

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(1, 0)) {
			return null;
		}
		Operator op = factory.get();
		context.connect(op, 1);
		return op;
	}
}
