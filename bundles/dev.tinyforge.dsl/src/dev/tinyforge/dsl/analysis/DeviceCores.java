package dev.tinyforge.dsl.analysis;

import java.util.Set;

import dev.tinyforge.dsl.tinyMl.Core;

/** What a device's core offers beyond the base instruction set, for the checks and for the code it is given. */
public final class DeviceCores {

	/** Cores without the Armv7E-M DSP extension (SIMD multiply-accumulates) or an FPU. */
	private static final Set<Core> WITHOUT_DSP = Set.of(Core.CORTEX_M0PLUS, Core.RISCV32);

	private DeviceCores() {
	}

	public static boolean hasDsp(Core core) {
		return !WITHOUT_DSP.contains(core);
	}
}
