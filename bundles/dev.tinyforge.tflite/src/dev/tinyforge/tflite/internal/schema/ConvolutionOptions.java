package dev.tinyforge.tflite.internal.schema;

/** The window fields of Conv2DOptions and DepthwiseConv2DOptions, which also have dilations. */
public interface ConvolutionOptions extends WindowOptions {

	int dilationWFactor();

	int dilationHFactor();
}
