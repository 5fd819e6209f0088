/**
 * Imports int8 TensorFlow Lite models (.tflite FlatBuffers) into the TinyForge IR, with weights and
 * quantization: {@link dev.tinyforge.tflite.TfliteImporter}. A file that is malformed or uses operators the
 * IR cannot express yields one {@link dev.tinyforge.tflite.TfliteImportException} that lists every problem.
 */
package dev.tinyforge.tflite;
