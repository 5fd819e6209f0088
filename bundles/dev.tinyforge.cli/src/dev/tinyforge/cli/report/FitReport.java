package dev.tinyforge.cli.report;

/** Whether a deployed network fits its device's SRAM and Flash. */
public record FitReport(boolean fits, MemoryFit sram, MemoryFit flash) {
}
