package dev.tinyforge.tflite.internal.schema;

/** The fields that Conv2DOptions, DepthwiseConv2DOptions and Pool2DOptions share, under the same names. */
public interface WindowOptions {

	/** A {@link PaddingMode} code. */
	byte padding();

	int strideW();

	int strideH();

	/** An {@link ActivationFunctionType} code. */
	byte fusedActivationFunction();
}
