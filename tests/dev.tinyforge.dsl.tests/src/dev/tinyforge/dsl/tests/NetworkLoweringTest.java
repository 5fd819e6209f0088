package dev.tinyforge.dsl.tests;

import static dev.tinyforge.dsl.tests.TinyMlTexts.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.model.IrResources;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Tensor;

/** Lowering DSL networks to the IR: operators, shapes, weights and names, checked by hand. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class NetworkLoweringTest {

	@Inject
	private ParseHelper<Model> parser;

	private Graph lower(String text) throws Exception {
		Network network = (Network) parser.parse(text).getElements().get(0);
		LoweringResult result = new NetworkLowering().lower(network);
		assertTrue(result.succeeded(), () -> "problems: " + result.problems());
		return result.graph();
	}

	private static String summary(Graph graph) {
		return graph.getOperators().stream()
				.map(op -> op.getName() + ":" + op.eClass().getName() + ":" + Tensors.format(op.getOutputs().get(0)))
				.collect(Collectors.joining(" "));
	}

	private static Tensor tensor(Graph graph, String name) {
		return graph.getTensors().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void convolutionWithSamePaddingAndStride2() throws Exception {
		Graph graph = lower(network("conv c1 filters 8 kernel 3x3 stride 2 activation relu6"));
		Conv2D conv = (Conv2D) graph.getOperators().get(0);
		assertEquals(List.of(1, 16, 16, 8), conv.getOutputs().get(0).getShape());
		assertEquals(List.of(8, 3, 3, 3), tensor(graph, "c1/weights").getShape());
		assertEquals(List.of(8), tensor(graph, "c1/bias").getShape());
		assertTrue(tensor(graph, "c1/weights").isConstant());
		assertEquals(2, conv.getStrideH());
		assertEquals(Padding.SAME, conv.getPadding());
		assertEquals(Activation.RELU6, conv.getActivation());
		assertEquals(List.of(tensor(graph, "image")), graph.getInputs());
		assertEquals(List.of(tensor(graph, "c1")), graph.getOutputs());
	}

	@Test
	void validPaddingShrinksByTheKernel() throws Exception {
		assertEquals("c:Conv2D:26x26x4 p:Pool2D:13x13x4 d:DepthwiseConv2D:11x11x4",
				summary(lower(network("""
						conv c filters 4 kernel 7 padding valid
						maxpool p kernel 2
						dwconv d kernel 3 padding valid
						"""))));
	}

	@Test
	void invertedResidualExpandsToItsOperators() throws Exception {
		Graph graph = lower(network("""
				pwconv stem filters 16
				mbconv b1 filters 16 expand 6 kernel 5
				"""));
		assertEquals("stem:Conv2D:32x32x16 b1/expand:Conv2D:32x32x96 b1/dw:DepthwiseConv2D:32x32x96 "
				+ "b1/project:Conv2D:32x32x16 b1/add:Add:32x32x16", summary(graph));
		assertTrue(graph.getOperators().stream().skip(1).allMatch(op -> "b1".equals(op.getOrigin())));
		assertEquals(Activation.RELU6, graph.getOperators().get(2).getActivation());
		assertEquals(Activation.NONE, graph.getOperators().get(3).getActivation(), "the projection is linear");
		assertEquals(List.of(1, 5, 5, 96), tensor(graph, "b1/dw/weights").getShape());
		Operator add = graph.getOperators().get(4);
		assertEquals(List.of(tensor(graph, "stem"), tensor(graph, "b1/project")), add.getInputs());
	}

	@Test
	void invertedResidualWithStrideOrNewWidthHasNoResidual() throws Exception {
		assertEquals("b1/dw:DepthwiseConv2D:16x16x3 b1/project:Conv2D:16x16x24",
				summary(lower(network("mbconv b1 filters 24 expand 1 kernel 3 stride 2"))));
	}

	@Test
	void squeezeAndExcitation() throws Exception {
		Graph graph = lower(network("mbconv b1 filters 8 expand 4 kernel 3 se ratio 0.25"));
		assertEquals("b1/expand:Conv2D:32x32x12 b1/dw:DepthwiseConv2D:32x32x12 b1/se/squeeze:Mean:1x1x12 "
				+ "b1/se/reduce:Conv2D:1x1x3 b1/se/expand:Conv2D:1x1x12 b1/se/gate:Logistic:1x1x12 "
				+ "b1/se/scale:Mul:32x32x12 b1/project:Conv2D:32x32x8", summary(graph));
	}

	@Test
	void standaloneActivationIsFused() throws Exception {
		Graph graph = lower(network("dwconv d kernel 3\nrelu6 r\npwconv p from r filters 4"));
		assertEquals(2, graph.getOperators().size());
		assertEquals(Activation.RELU6, graph.getOperators().get(0).getActivation());
		assertEquals(tensor(graph, "d"), graph.getOperators().get(1).getInputs().get(0));
	}

	@Test
	void classifierHead() throws Exception {
		Graph graph = lower(network("""
				globalavgpool gap
				flatten f
				dense fc units 10 activation relu
				softmax out beta 1.0
				"""));
		assertEquals("gap:Mean:1x1x3 f:Reshape:3 fc:FullyConnected:10 out:Softmax:10", summary(graph));
		assertEquals(List.of(10, 3), tensor(graph, "fc/weights").getShape());
	}

	@Test
	void explicitInputsAndResidualAdd() throws Exception {
		Graph graph = lower(network("""
				pwconv a filters 8
				dwconv b kernel 3
				add sum from a, b activation relu
				reshape r from sum to 64x128
				"""));
		assertEquals("a:Conv2D:32x32x8 b:DepthwiseConv2D:32x32x8 sum:Add:32x32x8 r:Reshape:64x128", summary(graph));
		assertEquals(Activation.RELU, graph.getOperators().get(2).getActivation());
	}

	@Test
	void inputQuantization() throws Exception {
		Tensor input = lower("network n { input i 8x8x1 int8 scale 0.0078125 zero-point -128 }").getInputs().get(0);
		assertEquals(0.0078125f, input.getQuantization().getScale().get(0));
		assertEquals(-128L, input.getQuantization().getZeroPoint().get(0));
	}

	@Test
	void depthwiseWeightsAreQuantizedAlongTheChannelAxis() throws Exception {
		Graph graph = lower(network("dwconv d kernel 3"));
		assertEquals(3, tensor(graph, "d/weights").getQuantization().getQuantizedDimension());
		assertTrue(graph.getOperators().get(0) instanceof DepthwiseConv2D);
	}

	@Test
	void graphRoundTripsThroughXmi(@TempDir Path dir) throws Exception {
		Graph graph = lower(network("mbconv b1 filters 3 expand 6 kernel 3 se\nglobalavgpool gap"));
		Path file = dir.resolve("net.tfir");
		IrResources.save(graph, file);
		Graph loaded = IrResources.load(file);
		assertEquals(summary(graph), summary(loaded));
		assertEquals(graph.getTensors().size(), loaded.getTensors().size());
		assertTrue(Files.size(file) > 0);
	}
}
