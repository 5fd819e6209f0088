package dev.tinyforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.reference.ReferenceInterpreter;
import dev.tinyforge.testing.Processes;

/**
 * Two 1x1 convolutions of different shapes whose code is the same (depths 31 and 23, 23 and 7 channels: the same
 * remainders, an odd number of pixels) share one function that reads their shapes at run time, for both
 * optimizations, bit-exact with the reference interpreter in plain C on the host and on the DSP of an emulated
 * Cortex-M7; the last layer, the only one of its layout, gets a function of its own.
 */
class SharedKernelsTest {

	private static void assertShared(List<LayerReport> layers) {
		assertEquals(layers.get(0).kernel(), layers.get(1).kernel(), "the two layers of one layout");
		assertNotEquals(layers.get(0).kernel(), layers.get(3).kernel(), "the layer of another layout");
	}

	/** Layers a and b share a function, the fully-connected c has its own. */
	private static final String NETWORK = """
			network shared {
				input image 3x3x31 int8 scale 0.0078125 zero-point -128
				pwconv a filters 23 activation relu
				pwconv b filters 7 activation relu
				flatten flat
				dense c units 5 activation none
			}
			""";

	@ParameterizedTest
	@EnumSource(Optimization.class)
	void sharedFunctionsMatchTheReferenceOnTheHost(Optimization optimization, @TempDir Path directory)
			throws Exception {
		Graph graph = DslNetworks.written(directory, "shared", NETWORK);
		byte[] input = DslNetworks.randomInput(graph);
		HostBuild build = HostBuild.compile(graph, Target.ARM_DSP, optimization, MemoryPlan.DEFAULT, null,
				directory.resolve("host"));
		assertShared(build.generation.layers());
		List<byte[]> expected = ReferenceLayers.run(new ReferenceInterpreter(graph), input);
		LayerComparison.assertLayersEqual("shared", build.generation.layers(), build.run(input), 0, expected);
	}

	@ParameterizedTest
	@EnumSource(Optimization.class)
	@Tag("qemu")
	void sharedFunctionsMatchTheReferenceOnCortexM7(Optimization optimization, @TempDir Path directory)
			throws Exception {
		assumeTrue(Processes.onPath("arm-none-eabi-gcc") && Processes.onPath("qemu-system-arm"),
				"skipped: arm-none-eabi-gcc and qemu-system-arm are not on the PATH");
		Graph graph = DslNetworks.written(directory, "shared", NETWORK);
		byte[] input = DslNetworks.randomInput(graph);
		QemuBuild build = QemuBuild.compile(graph, Board.CORTEX_M7, optimization, MemoryPlan.DEFAULT,
				List.of(input), QemuBuild.Instrumentation.LAYER_HASHES, directory.resolve("qemu"));
		assertShared(build.generation.layers());
		QemuVerification.assertLayerHashesMatch(graph, build, input);
	}
}
