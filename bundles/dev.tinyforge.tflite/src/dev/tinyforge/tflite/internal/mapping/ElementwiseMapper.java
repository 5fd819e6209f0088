package dev.tinyforge.tflite.internal.mapping;

import java.util.function.Supplier;

import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;
import dev.tinyforge.tflite.internal.schema.ElementwiseOptionsTable;

/** ADD and MUL: two inputs and a fused activation, from AddOptions or MulOptions. */
final class ElementwiseMapper implements OperatorMapper {

	private final BuiltinOptionsType optionsType;
	private final Supplier<Operator> factory;

	ElementwiseMapper(BuiltinOptionsType optionsType, Supplier<Operator> factory) {
		this.optionsType = optionsType;
		this.factory = factory;
	}

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(2, 0)) {
			return null;
		}
		ElementwiseOptionsTable options = context.options(optionsType, ElementwiseOptionsTable::new);
		Operator op = factory.get();
		context.connect(op, 2);
		op.setActivation(FusedActivation.of(options.fusedActivationFunction(), context));
		return op;
	}
}
