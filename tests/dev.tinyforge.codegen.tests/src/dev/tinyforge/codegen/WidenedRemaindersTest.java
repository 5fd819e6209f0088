package dev.tinyforge.codegen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.reference.ReferenceInterpreter;
import dev.tinyforge.testing.Processes;

/**
 * The widened matrix products on the sizes no shared model has: depths of 3, 6 and 7 (the inputs after the last
 * four) and blocks of one, two and three output channels, bit-exact with the reference interpreter, in plain C on
 * the host and on the DSP of an emulated Cortex-M7.
 */
class WidenedRemaindersTest {

	private static final String NETWORK = """
			network odd {
				input image 3x3x7 int8 scale 0.0078125 zero-point -128
				pwconv a filters 6 activation relu
				pwconv b filters 3 activation relu6
				pwconv c filters 5 activation none
				flatten flat
				dense d units 7 activation none
			}
			""";

	private static Graph graph(Path directory) throws Exception {
		return DslNetworks.written(directory, "odd", NETWORK);
	}

	@Test
	void oddSizesMatchTheReferenceOnTheHost(@TempDir Path directory) throws Exception {
		Graph graph = graph(directory);
		byte[] input = DslNetworks.randomInput(graph);
		HostBuild build = HostBuild.compile(graph, Target.ARM_DSP, Optimization.SPEED, MemoryPlan.DEFAULT, null,
				directory.resolve("host"));
		List<byte[]> expected = ReferenceLayers.run(new ReferenceInterpreter(graph), input);
		LayerComparison.assertLayersEqual("odd", build.generation.layers(), build.run(input), 0, expected);
	}

	@Test
	@Tag("qemu")
	void oddSizesMatchTheReferenceOnCortexM7(@TempDir Path directory) throws Exception {
		assumeTrue(Processes.onPath("arm-none-eabi-gcc") && Processes.onPath("qemu-system-arm"),
				"skipped: arm-none-eabi-gcc and qemu-system-arm are not on the PATH");
		Graph graph = graph(directory);
		byte[] input = DslNetworks.randomInput(graph);
		QemuBuild build = QemuBuild.compile(graph, Board.CORTEX_M7, Optimization.SPEED, MemoryPlan.DEFAULT,
				List.of(input), QemuBuild.Instrumentation.LAYER_HASHES, directory.resolve("qemu"));
		QemuVerification.assertLayerHashesMatch(graph, build, input);
	}
}
