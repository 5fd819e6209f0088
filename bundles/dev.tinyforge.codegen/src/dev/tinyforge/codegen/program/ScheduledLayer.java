package dev.tinyforge.codegen.program;

/**
 * One step of the schedule.
 *
 * @param call         the C statement(s) running the layer, empty if it moves no data
 * @param outputOffset arena offset of the output, which the layer callback reports
 * @param outputWhole  whether the whole output is in the arena after the call; not so for a patch-phase layer
 *                     before the split, which only ever holds one patch's window, so the callback skips it
 */
public record ScheduledLayer(int index, String name, String op, String shape, String call, long outputOffset,
		long outputBytes, boolean outputWhole) {
}
