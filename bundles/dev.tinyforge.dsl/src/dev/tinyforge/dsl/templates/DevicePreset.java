package dev.tinyforge.dsl.templates;

import java.util.List;

/**
 * A board or MCU as a .tinyml {@code device}. Sizes in KB; the SRAM is the largest region one arena can use.
 *
 * @param name the device's name in .tinyml, an identifier
 * @param features {@code dsp}, {@code fpu}, as the core has them
 */
public record DevicePreset(String name, String description, String core, int clockMhz, List<String> features,
		int flashKb, int sramKb) {

	/** Datasheet figures (ST, Nordic and Raspberry Pi product pages). */
	public static final List<DevicePreset> ALL = List.of(
			new DevicePreset("stm32f746g_disco", "STM32F746G-DISCO (STM32F746NG)", "cortex-m7", 216,
					List.of("dsp", "fpu"), 1024, 320),
			// 1 MB of SRAM in several domains; the AXI SRAM is the largest contiguous region
			new DevicePreset("stm32h743", "STM32H743 (AXI SRAM)", "cortex-m7", 480, List.of("dsp", "fpu"), 2048, 512),
			new DevicePreset("stm32f412", "STM32F412", "cortex-m4", 100, List.of("dsp", "fpu"), 1024, 256),
			new DevicePreset("stm32l4r5", "STM32L4R5", "cortex-m4", 120, List.of("dsp", "fpu"), 2048, 640),
			new DevicePreset("nrf52840", "Nordic nRF52840", "cortex-m4", 64, List.of("dsp", "fpu"), 1024, 256),
			// the Pico's 2 MB QSPI flash; the RP2040's Cortex-M0+ has neither DSP extension nor FPU
			new DevicePreset("rp2040", "Raspberry Pi RP2040 (Pico)", "cortex-m0plus", 133, List.of(), 2048, 264));

	/** The {@code device} block, keeping {@code reserve} KB of SRAM and Flash for the application. */
	public String text(int sramReserveKb, int flashReserveKb) {
		StringBuilder text = new StringBuilder();
		text.append("device ").append(name).append(" \"").append(description).append("\" {\n");
		text.append("\tcore ").append(core).append('\n');
		text.append("\tclock ").append(clockMhz).append(" MHz\n");
		if (!features.isEmpty()) {
			text.append("\tfeatures ").append(String.join(", ", features)).append('\n');
		}
		text.append("\tflash ").append(size(flashKb)).append(" reserve ").append(size(flashReserveKb)).append('\n');
		text.append("\tsram ").append(size(sramKb)).append(" reserve ").append(size(sramReserveKb)).append('\n');
		return text.append("}\n").toString();
	}

	private static String size(int kb) {
		return kb % 1024 == 0 ? kb / 1024 + " MB" : kb + " KB";
	}
}
