/**
 * Lowering of a {@code .tinyml} network into the TinyForge IR, with shape inference. Problems found on the
 * way (an add of two different shapes, a window that leaves an empty map, ...) are collected with the
 * element they concern, so the validator reports them at the right place in the text.
 */
package dev.tinyforge.dsl.lowering;
