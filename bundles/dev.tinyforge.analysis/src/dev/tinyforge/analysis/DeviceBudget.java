package dev.tinyforge.analysis;

/**
 * The memory a device offers a network: SRAM and Flash sizes, each minus a reserve kept for the
 * rest of the firmware (stack, heap, runtime, other code and data).
 */
public record DeviceBudget(long sramBytes, long sramReserveBytes, long flashBytes, long flashReserveBytes) {

	public DeviceBudget {
		check("SRAM", sramBytes, sramReserveBytes);
		check("Flash", flashBytes, flashReserveBytes);
	}

	private static void check(String memory, long size, long reserve) {
		if (size < 0 || reserve < 0 || reserve > size) {
			throw new IllegalArgumentException("device budget: " + memory + " reserve " + reserve
					+ " must lie within the " + memory + " size " + size + ", both not negative");
		}
	}

	/** SRAM left for the network's arena. */
	public long sramAvailableBytes() {
		return sramBytes - sramReserveBytes;
	}

	/** Flash left for the network. */
	public long flashAvailableBytes() {
		return flashBytes - flashReserveBytes;
	}
}
