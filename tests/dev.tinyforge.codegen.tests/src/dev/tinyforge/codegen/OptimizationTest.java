package dev.tinyforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.testing.SharedModel;

/**
 * What {@link Optimization#SPEED} costs: exactly one more byte per weight of the matrix products on the DSP (in
 * person_detect, its 1x1 convolutions and none of its other layers), in the reports and the weights file, and nothing
 * for portable kernels. That both settings compute the same bytes is {@link QemuBitExactnessTest}'s and {@link
 * HostBitExactnessTest}'s.
 */
class OptimizationTest {

	private static Graph personDetect() {
		return SharedModel.all().stream().filter(m -> m.name().equals("person_detect")).findFirst().orElseThrow()
				.importGraph();
	}

	private static GenerationResult generate(Graph graph, Target target, Optimization optimization, Path out)
			throws IOException {
		return CodeGenerator.generate(graph, new CodegenOptions("pd", target, optimization, false), out);
	}

	/** The int8 weights of a 1x1 convolution with stride 1 or a fully-connected layer, 0 for other layers. */
	private static long matrixWeights(Operator op) {
		boolean matrix = op instanceof FullyConnected;
		if (op instanceof Conv2D conv) {
			int[] filter = Tensors.shape(op.getInputs().get(1));
			matrix = filter[1] == 1 && filter[2] == 1 && conv.getStrideH() == 1 && conv.getStrideW() == 1;
		}
		return matrix ? Tensors.elementCount(op.getInputs().get(1)) : 0;
	}

	@Test
	void speedDoublesExactlyTheWeightsOfTheMatrixProducts(@TempDir Path directory) throws IOException {
		Graph graph = personDetect();
		GenerationResult speed = generate(graph, Target.ARM_DSP, Optimization.SPEED, directory.resolve("speed"));
		GenerationResult size = generate(graph, Target.ARM_DSP, Optimization.SIZE, directory.resolve("size"));

		long widened = 0;
		for (int i = 0; i < graph.getOperators().size(); i++) {
			Operator op = graph.getOperators().get(i);
			long int8 = matrixWeights(op);
			assertEquals(size.layers().get(i).weightBytes() + int8, speed.layers().get(i).weightBytes(),
					op.getName());
			widened += int8;
		}
		assertTrue(widened > 150_000, "person_detect's 1x1 convolutions hold most of its weights: " + widened);
		assertEquals(size.weightBytes() + widened, speed.weightBytes());
		assertEquals(widened, CodeGenerator.speedExtraFlashBytes(graph, null));
		assertTrue(Files.readString(directory.resolve("speed/pd_report.json"))
				.contains("\"weight_bytes\": " + speed.weightBytes()));
		assertTrue(Files.readString(directory.resolve("speed/pd_kernels.c")).contains("tf_load_quad"));
		assertFalse(Files.readString(directory.resolve("size/pd_kernels.c")).contains("tf_load_quad"));
	}

	@Test
	void portableKernelsKeepInt8Weights(@TempDir Path directory) throws IOException {
		Graph graph = personDetect();
		GenerationResult speed = generate(graph, Target.PORTABLE, Optimization.SPEED, directory.resolve("speed"));
		GenerationResult size = generate(graph, Target.PORTABLE, Optimization.SIZE, directory.resolve("size"));

		assertEquals(size.weightBytes(), speed.weightBytes());
		assertEquals(Files.readString(directory.resolve("size/pd_weights.c")),
				Files.readString(directory.resolve("speed/pd_weights.c")));
	}
}
