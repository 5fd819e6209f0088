package dev.tinyforge.analysis.graph;

/**
 * Operator kinds, named after the TensorFlow Lite builtin operators they stand for.
 * <p>
 * Code that depends on the kind switches over it with exhaustive switch expressions (no default
 * branch), so adding a kind stops the compilation of every place that has to learn about it
 * instead of letting the new kind fall through silently.
 */
public enum OpKind {
	CONV_2D,
	DEPTHWISE_CONV_2D,
	FULLY_CONNECTED,
	ADD,
	MUL,
	LOGISTIC,
	AVERAGE_POOL_2D,
	MAX_POOL_2D,
	MEAN,
	PAD,
	RESHAPE,
	SOFTMAX,
	QUANTIZE,
	DEQUANTIZE
}
