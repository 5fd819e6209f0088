package dev.tinyforge.codegen.emit;

/** Turns one operator kind into C. */
@FunctionalInterface
public interface OperatorEmitter {

	/**
	 * @throws dev.tinyforge.codegen.UnsupportedOperatorException if the layer's configuration has no kernel
	 */
	LayerCode emit(LayerContext layer);
}
