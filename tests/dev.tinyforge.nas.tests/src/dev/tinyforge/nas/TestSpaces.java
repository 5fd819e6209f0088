package dev.tinyforge.nas;

import java.util.List;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.LatencyModel;
import dev.tinyforge.nas.evaluate.Limits;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.StageSpace;

/** The spaces and devices of the tests and benchmarks. */
public final class TestSpaces {

	private static final int[] DEPTHS = {2, 3, 4};
	private static final int[] KERNELS = {3, 5, 7};
	private static final int[] EXPANDS = {3, 4, 6};

	private TestSpaces() {
	}

	/**
	 * MCUNet's ImageNet space (a MobileNetV2 backbone as in Once-for-All's MobileNetV3 space: stages of 24, 40, 80,
	 * 96 and 192 channels), over the given widths and resolutions.
	 */
	public static ElasticSpace mcunet(double[] widths, int[] resolutions, int classes) {
		return new ElasticSpace("mcunet", 3, classes, widths, resolutions, List.of(
				new StageSpace("s1", 24, 2, DEPTHS, KERNELS, EXPANDS),
				new StageSpace("s2", 40, 2, DEPTHS, KERNELS, EXPANDS),
				new StageSpace("s3", 80, 2, DEPTHS, KERNELS, EXPANDS),
				new StageSpace("s4", 96, 1, DEPTHS, KERNELS, EXPANDS),
				new StageSpace("s5", 192, 2, DEPTHS, KERNELS, EXPANDS)));
	}

	/** 9 widths 0.2 to 1.0 by 0.1 and 12 resolutions 48 to 224 by 16: MCUNet's 108 spaces. */
	public static ElasticSpace mcunet108() {
		double[] widths = new double[9];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = (2 + i) / 10.0;
		}
		int[] resolutions = new int[12];
		for (int i = 0; i < resolutions.length; i++) {
			resolutions[i] = 48 + 16 * i;
		}
		return mcunet(widths, resolutions, 1000);
	}

	/** STM32F746: 320 KB SRAM, 1 MB Flash, the given reserves; a Cortex-M7 at 216 MHz. */
	public static DeviceTarget stm32f746(long sramReserve, long flashReserve) {
		return device("stm32f746", 320, 1024, sramReserve, flashReserve,
				new LatencyEstimator(LatencyModel.forCore("cortex-m7").orElseThrow(), 216e6));
	}

	/** STM32F412: 256 KB SRAM, 1 MB Flash, the given reserves; a Cortex-M4 at 100 MHz. */
	public static DeviceTarget stm32f412(long sramReserve, long flashReserve) {
		return device("stm32f412", 256, 1024, sramReserve, flashReserve,
				new LatencyEstimator(LatencyModel.forCore("cortex-m4").orElseThrow(), 100e6));
	}

	private static DeviceTarget device(String name, long sramKb, long flashKb, long sramReserve, long flashReserve,
			LatencyEstimator latency) {
		DeviceBudget budget = new DeviceBudget(sramKb * 1024, sramReserve, flashKb * 1024, flashReserve);
		return new DeviceTarget(name, Limits.of(budget, 0, 0, Double.POSITIVE_INFINITY), latency);
	}
}
