package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;
import dev.tinyforge.tflite.internal.schema.FullyConnectedOptionsTable;

/** FULLY_CONNECTED: inputs [input, weights [out, in], bias if present]; only the DEFAULT weights layout. */
final class FullyConnectedMapper implements OperatorMapper {

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(2, 1) || !context.inputHasRank(1, 2)) {
			return null;
		}
		FullyConnectedOptionsTable options = context.options(BuiltinOptionsType.FULLY_CONNECTED_OPTIONS,
				FullyConnectedOptionsTable::new);
		if (options.weightsFormat() != FullyConnectedOptionsTable.DEFAULT_WEIGHTS_FORMAT) {
			context.problem("unsupported: weights format " + options.weightsFormat()
					+ "; only DEFAULT (0), weights [out, in] in row-major order, is imported");
			return null;
		}
		FullyConnected fullyConnected = IrFactory.eINSTANCE.createFullyConnected();
		context.connect(fullyConnected, 3);
		fullyConnected.setKeepNumDims(options.keepNumDims());
		fullyConnected.setActivation(FusedActivation.of(options.fusedActivationFunction(), context));
		return fullyConnected;
	}
}
