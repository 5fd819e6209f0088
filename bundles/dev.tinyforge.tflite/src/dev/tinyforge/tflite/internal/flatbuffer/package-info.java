/**
 * Bounds-checked reading of FlatBuffers, with no knowledge of any schema. Every offset, vtable and vector
 * length comes from the file, so each one is checked against the file before it is followed; a bad one
 * raises {@link dev.tinyforge.tflite.internal.flatbuffer.MalformedFlatBufferException} naming the byte.
 */
package dev.tinyforge.tflite.internal.flatbuffer;
