/**
 * A .tflite file decoded into plain records (subgraph 0 only) and checked before any IR is built: structural
 * faults, indices out of range, inconsistent tensors and dataflow that does not follow the operator order are
 * all collected into {@link dev.tinyforge.tflite.internal.file.Problems}, each naming its place.
 */
package dev.tinyforge.tflite.internal.file;
