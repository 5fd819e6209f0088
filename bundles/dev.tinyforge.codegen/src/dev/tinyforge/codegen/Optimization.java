package dev.tinyforge.codegen;

/** What the generated code favours where speed costs Flash. */
public enum Optimization {
	/**
	 * Arm DSP kernels get the weights of pointwise convolutions and fully-connected layers widened to int16 in
	 * the order they read them, which saves sign-extending them on every use (about a third of those layers'
	 * instructions) for twice their Flash. Portable kernels keep int8 weights either way.
	 */
	SPEED,
	/** Every weight in Flash as the model has it, int8. */
	SIZE
}
