/**
 * SRAM arena planning: tensor lifetimes over the operator steps
 * ({@link dev.tinyforge.analysis.memory.TensorLifetimes}), the buffers to place
 * ({@link dev.tinyforge.analysis.memory.BufferSet}) and planners that assign arena offsets
 * ({@link dev.tinyforge.analysis.memory.MemoryPlanner}). Everything here reuses its arrays across
 * calls and is meant to be owned by one thread.
 */
package dev.tinyforge.analysis.memory;
