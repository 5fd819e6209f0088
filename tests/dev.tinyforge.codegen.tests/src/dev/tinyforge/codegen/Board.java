package dev.tinyforge.codegen;

import java.util.List;

/** An emulated Cortex-M board of QEMU's mps2 family and the compiler flags for its core. */
enum Board {
	CORTEX_M7("mps2-an500", List.of("-mcpu=cortex-m7", "-mthumb", "-mfpu=fpv5-d16", "-mfloat-abi=hard")),
	CORTEX_M4("mps2-an386", List.of("-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard"));

	final String machine;
	final List<String> cpuFlags;

	Board(String machine, List<String> cpuFlags) {
		this.machine = machine;
		this.cpuFlags = cpuFlags;
	}
}
