package dev.tinyforge.codegen;

import dev.tinyforge.testing.SharedModel;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared model, for both targets (ARM_DSP falls back to portable C on the host, reading the widened weights of
 * {@link Optimization#SPEED}) and against both memory plans, compiled with gcc and the sanitizers and run on all its
 * test inputs: every layer bit-exact with the reference interpreter, the outputs with TFLM.
 */
class HostBitExactnessTest {

	static Stream<Arguments> builds() {
		return SharedModel.all().stream().flatMap(model -> Stream.of(
				Arguments.of(model, Target.PORTABLE, Optimization.SIZE, MemoryPlan.DEFAULT),
				Arguments.of(model, Target.ARM_DSP, Optimization.SPEED, MemoryPlan.DEFAULT),
				Arguments.of(model, Target.PORTABLE, Optimization.SIZE, MemoryPlan.KERNEL_SCRATCH)));
	}

	@ParameterizedTest(name = "{0} {1} {2} {3}")
	@MethodSource("builds")
	void everyLayerOfEveryInputMatchesTheReference(SharedModel model, Target target, Optimization optimization,
			MemoryPlan plan, @TempDir Path directory) throws Exception {
		HostVerification.check(model, target, optimization, plan, directory);
	}
}
