package dev.tinyforge.codegen.program;

/**
 * One step of the schedule.
 *
 * @param call         the C statement(s) running the layer, empty if it moves no data
 * @param outputOffset arena offset of the output, which the layer callback reports
 */
public record ScheduledLayer(int index, String name, String op, String shape, String call, long outputOffset,
		long outputBytes) {
}
