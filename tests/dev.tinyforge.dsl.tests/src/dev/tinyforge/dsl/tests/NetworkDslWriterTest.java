package dev.tinyforge.dsl.tests;

import static dev.tinyforge.dsl.tests.TinyMlTexts.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.tinyforge.dsl.export.DslText;
import dev.tinyforge.dsl.export.NetworkDslWriter;
import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;

/** IR graphs written back as .tinyml text parse, validate and lower to the same operators and shapes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class NetworkDslWriterTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	private Graph lower(String text) throws Exception {
		Model model = parser.parse(text);
		validation.assertNoErrors(model);
		LoweringResult result = new NetworkLowering().lower((Network) model.getElements().get(0));
		assertTrue(result.succeeded(), () -> String.valueOf(result.problems()));
		return result.graph();
	}

	private static String summary(Graph graph) {
		return graph.getOperators().stream().map(op -> op.eClass().getName() + ":" + op.getActivation() + ":"
				+ Tensors.format(op.getOutputs().get(0))).collect(Collectors.joining(" "));
	}

	@Test
	void writtenNetworkLowersToTheSameGraph() throws Exception {
		Graph graph = lower(network("""
				conv c1 filters 8 kernel 3 stride 2 activation relu6
				pad p top 0 bottom 1 left 0 right 1
				dwconv d kernel 3 stride 2 padding valid activation relu
				pwconv p1 filters 16
				mbconv b filters 16 expand 4 kernel 5
				avgpool ap kernel 2 stride 2
				globalavgpool gap
				dense fc units 10
				softmax out
				"""));
		DslText written = new NetworkDslWriter().write(graph, "copy");
		assertTrue(written.complete(), () -> String.valueOf(written.problems()));
		assertEquals(summary(graph), summary(lower(written.text())), written.text());
		assertTrue(written.text().contains("add add1 from pw1, pw3"), written.text());
	}

	@Test
	void operatorsWithoutDslFormAreReported() throws Exception {
		Graph graph = lower(network("mbconv b filters 3 expand 2 kernel 3 se"));
		DslText written = new NetworkDslWriter().write(graph, "copy");
		assertTrue(written.problems().stream().anyMatch(p -> p.contains("'b/se/gate'") && p.contains("Logistic")),
				() -> String.valueOf(written.problems()));
	}

	@Test
	void floatBoundaryIsStrippedAndNoted() throws Exception {
		Graph graph = lower(network("pwconv p filters 4"));
		Operator quantize = IrFactory.eINSTANCE.createQuantize();
		quantize.setName("q");
		quantize.getInputs().add(graph.getInputs().get(0));
		quantize.getOutputs().add(graph.getInputs().get(0));
		graph.getOperators().add(0, quantize);
		graph.getInputs().get(0).setDataType(dev.tinyforge.model.ir.DataType.FLOAT32);
		DslText written = new NetworkDslWriter().write(graph, "copy");
		assertTrue(written.text().contains("quantizes a float32 input"), written.text());
		assertTrue(written.complete(), () -> String.valueOf(written.problems()));
	}
}
