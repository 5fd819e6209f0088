package dev.tinyforge.cli.report;

/**
 * The sums over an analysed network.
 *
 * @param params elements of all constant tensors, each counted once
 * @param weightBytes bytes of all constant tensors (Flash)
 * @param arenaBytes the planned SRAM arena, the SRAM the network needs
 * @param peakLiveBytes the most bytes live at one step, the lower bound of any arena
 * @param peakStep the step with the most live bytes, -1 for a network without operators
 */
public record Totals(long macs, long params, long weightBytes, long arenaBytes, long peakLiveBytes, int peakStep) {
}
