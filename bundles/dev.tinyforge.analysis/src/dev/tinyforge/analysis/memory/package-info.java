/**
 * SRAM arena planning: tensor lifetimes over the operator steps
 * ({@link dev.tinyforge.analysis.memory.TensorLifetimes}), which operators run in place
 * ({@link dev.tinyforge.analysis.memory.InPlacePolicy}), the buffers to place, one per in-place chain of
 * tensors and one per scratch ({@link dev.tinyforge.analysis.memory.TensorBuffers},
 * {@link dev.tinyforge.analysis.memory.BufferSet}), and planners that assign arena offsets
 * ({@link dev.tinyforge.analysis.memory.MemoryPlanner}: greedy by size, by breadth, from both ends, and
 * the best of them). Everything here reuses its arrays across calls and is meant to be owned by one
 * thread.
 */
package dev.tinyforge.analysis.memory;
