/**
 * Code generation: {@link dev.tinyforge.codegen.CodeGenerator} turns an int8 IR graph into self-contained C99
 * for microcontrollers, TinyEngine-style: no interpreter, no heap, no runtime library, one kernel function per
 * distinct layer configuration with constant loop bounds, weights in Flash and every activation at the arena
 * offset the analysis planned. A per-layer report (text and JSON) comes with the code.
 */
package dev.tinyforge.codegen;
