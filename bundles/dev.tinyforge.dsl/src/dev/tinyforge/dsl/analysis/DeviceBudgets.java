package dev.tinyforge.dsl.analysis;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.MemoryKind;
import dev.tinyforge.dsl.tinyMl.MemoryRegion;
import dev.tinyforge.dsl.tinyMl.Size;

/**
 * The memory a device offers a network. The arena is one array, so it must fit in one SRAM region: the
 * region with the most room (size minus reserve) is taken. Weights are many arrays the linker may spread
 * over several flash regions, so their room adds up.
 */
public final class DeviceBudgets {

	private DeviceBudgets() {
	}

	public static DeviceBudget of(Device device) {
		MemoryRegion sram = null;
		long flash = 0;
		long flashReserve = 0;
		for (MemoryRegion region : device.getMemories()) {
			if (region.getKind() == MemoryKind.SRAM) {
				if (sram == null || available(region) > available(sram)) {
					sram = region;
				}
			} else {
				flash += bytes(region.getSize());
				flashReserve += bytes(region.getReserve());
			}
		}
		return new DeviceBudget(sram == null ? 0 : bytes(sram.getSize()), sram == null ? 0 : bytes(sram.getReserve()),
				flash, flashReserve);
	}

	public static long bytes(Size size) {
		if (size == null) {
			return 0;
		}
		switch (size.getUnit()) {
		case KB:
			return size.getValue() * 1024L;
		case MB:
			return size.getValue() * 1024L * 1024L;
		default:
			return size.getValue();
		}
	}

	private static long available(MemoryRegion region) {
		return bytes(region.getSize()) - bytes(region.getReserve());
	}
}
