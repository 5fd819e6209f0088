package dev.tinyforge.codegen;

import dev.tinyforge.testing.SharedModel;
import dev.tinyforge.testing.Processes;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ARM_DSP code on emulated Cortex-M cores, where the SIMD path runs: every shared model on a Cortex-M7, all test
 * inputs, against both memory plans and for both optimizations, and one model on a Cortex-M4. Needs arm-none-eabi-gcc
 * (with newlib) and qemu-system-arm.
 */
@Tag("qemu")
class QemuBitExactnessTest {

	@BeforeAll
	static void toolsAreInstalled() {
		assumeTrue(Processes.onPath("arm-none-eabi-gcc") && Processes.onPath("qemu-system-arm"),
				"skipped: arm-none-eabi-gcc and qemu-system-arm are not on the PATH (apt-get install -y "
						+ "gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm)");
	}

	static Stream<Arguments> builds() {
		return SharedModel.all().stream().flatMap(model -> Stream.of(
				Arguments.of(model, Optimization.SPEED, MemoryPlan.DEFAULT),
				Arguments.of(model, Optimization.SIZE, MemoryPlan.DEFAULT),
				Arguments.of(model, Optimization.SPEED, MemoryPlan.KERNEL_SCRATCH)));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("builds")
	void everyLayerMatchesOnCortexM7(SharedModel model, Optimization optimization, MemoryPlan plan,
			@TempDir Path directory) throws Exception {
		QemuVerification.check(model, Board.CORTEX_M7, optimization, plan, model.runs().size(), directory);
	}

	@Test
	void personDetectMatchesOnCortexM4(@TempDir Path directory) throws Exception {
		SharedModel model = SharedModel.all().stream().filter(m -> m.name().equals("person_detect")).findFirst()
				.orElseThrow();
		QemuVerification.check(model, Board.CORTEX_M4, Optimization.SPEED, MemoryPlan.KERNEL_SCRATCH, 1,
				directory);
	}
}
