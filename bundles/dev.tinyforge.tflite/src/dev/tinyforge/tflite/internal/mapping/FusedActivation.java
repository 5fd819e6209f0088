package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.tflite.internal.schema.ActivationFunctionType;

/** The IR activation of a schema ActivationFunctionType; TANH, SIGN_BIT and unknown codes are reported. */
final class FusedActivation {

	private FusedActivation() {
	}

	static Activation of(byte code, OperatorContext context) {
		switch (code) {
		case ActivationFunctionType.NONE:
			return Activation.NONE;
		case ActivationFunctionType.RELU:
			return Activation.RELU;
		case ActivationFunctionType.RELU_N1_TO_1:
			return Activation.RELU_N1_TO_1;
		case ActivationFunctionType.RELU6:
			return Activation.RELU6;
		default:
			context.problem("fused activation " + ActivationFunctionType.name(code) + " is not supported");
			return Activation.NONE;
		}
	}
}
