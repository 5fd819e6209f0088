package dev.tinyforge.cli.report;

/**
 * How the network's need of one memory compares with what the device offers.
 *
 * @param sizeBytes the memory's size
 * @param reserveBytes the part kept for the rest of the firmware
 * @param availableBytes what is left for the network: size minus reserve
 * @param overBytes needed bytes beyond the available ones, 0 when they fit
 */
public record MemoryFit(long neededBytes, long sizeBytes, long reserveBytes, long availableBytes, long overBytes,
		boolean fits) {
}
