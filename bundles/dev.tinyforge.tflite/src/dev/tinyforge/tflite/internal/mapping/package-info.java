/**
 * Builds the IR graph from a checked {@link dev.tinyforge.tflite.internal.file.TfliteFile}: one
 * {@link dev.tinyforge.tflite.internal.mapping.OperatorMapper} per builtin operator, registered by code in
 * {@link dev.tinyforge.tflite.internal.mapping.OperatorMappers}; IR tensors are created for the tensors the
 * mapped operators and the graph's ends use, in file order.
 */
package dev.tinyforge.tflite.internal.mapping;
