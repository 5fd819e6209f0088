package dev.tinyforge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.LayerSummary;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.OperatorStep;
import dev.tinyforge.dsl.analysis.OperatorSteps;
import dev.tinyforge.dsl.edit.SearchSpaceTemplate;
import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.edit.WidthReduction;
import dev.tinyforge.dsl.formatting2.FormattingEdits;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;

/** The headless services behind the editor's hover, memory chart, quick fixes and Format command. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class EditorServicesTest {

	private static final String RESIDUAL = TinyMlTexts.network("""
			conv c1 filters 16 kernel 3x3 stride 2 activation relu6
			mbconv b1 filters 16 expand 6 kernel 3
			add res from c1, b1
			pwconv head filters 32
			globalavgpool pool
			conv logits filters 10 kernel 1x1
			""");

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private NetworkAnalyses analyses;

	@Inject
	private FormattingEdits formatting;

	@Inject
	private ValidationTestHelper validation;

	private Network network(String text) throws Exception {
		return (Network) parser.parse(text).getElements().get(0);
	}

	@Test
	void stepsSplitTheLiveBytesOfEveryOperator() throws Exception {
		AnalyzedNetwork analyzed = analyses.get(network(RESIDUAL));
		NetworkAnalysis analysis = analyzed.analysis();
		List<OperatorStep> steps = OperatorSteps.of(analyzed);

		assertEquals(analysis.opCount(), steps.size());
		for (OperatorStep step : steps) {
			assertEquals(analysis.liveBytes(step.step()), step.liveBytes(), step::toString);
			assertTrue(step.inputBytes() >= 0 && step.outputBytes() >= 0 && step.scratchBytes() >= 0
					&& step.otherLiveBytes() >= 0, step::toString);
			assertEquals(step.step() == analysis.peakStep(), step.peak());
		}
		// the residual adds keep c1's 16x16x16 output live while b1's expansion and depthwise run
		assertTrue(steps.stream().filter(s -> s.layer().equals("b1")).mapToLong(OperatorStep::otherLiveBytes).max()
				.getAsLong() >= 16 * 16 * 16, steps::toString);
	}

	@Test
	void aLayerSummaryAddsUpItsOperators() throws Exception {
		AnalyzedNetwork analyzed = analyses.get(network(RESIDUAL));
		List<OperatorStep> steps = OperatorSteps.of(analyzed);
		LayerSummary block = LayerSummary.of(steps, "b1").orElseThrow();

		List<OperatorStep> own = steps.stream().filter(s -> s.layer().equals("b1")).toList();
		assertTrue(own.size() >= 3, "expand, depthwise and project: " + own);
		assertEquals(own.stream().mapToLong(OperatorStep::macs).sum(), block.macs());
		assertEquals("16x16x16", block.output());
		assertTrue(LayerSummary.of(steps, "nothing").isEmpty());
	}

	@Test
	void halvingTheWidthKeepsTheClassesAndTheResidualChannels() throws Exception {
		String text = RESIDUAL;
		String halved = TextReplacement.apply(text, WidthReduction.halve(network(text)));

		assertTrue(halved.contains("conv c1 filters 8 ") && halved.contains("mbconv b1 filters 8 ")
				&& halved.contains("pwconv head filters 16") && halved.contains("conv logits filters 10 "), halved);
		assertTrue(analyses.get(network(halved)).analyzed(), "c1 and b1 still agree for the add");
	}

	@Test
	void aSearchBlockForTheDeviceIsAddedAfterTheDeploy() throws Exception {
		String text = TinyMlTexts.BOARD + RESIDUAL + "deploy net on board\n";
		Model model = parser.parse(text);
		Deployment deploy = (Deployment) model.getElements().get(2);

		String withSearch = TextReplacement.apply(text, List.of(SearchSpaceTemplate.after(deploy, 3, 10, 32)));

		assertTrue(withSearch.startsWith(text.strip() + "\n\nsearch net_space {\n\tdevices board\n"
				+ "\tinput channels 3 classes 10\n"), withSearch);
		// the board's 320 KB less 64 KB reserved, 1 MB less 128 KB
		assertTrue(withSearch.contains("\tresolutions 21, 26, 32\n") && withSearch.contains("\tmax sram 256 KB\n")
				&& withSearch.contains("\tmax flash 896 KB\n"), withSearch);
		assertEquals(List.of(), validation.validate(parser.parse(withSearch)));
	}

	@Test
	void formattingOnlyTouchesWhitespace() throws Exception {
		String messy = "network   net {\n input image 32x32x3 int8\n\n\n   conv c1 filters 8 kernel 3x3\n}\n";
		XtextResource resource = (XtextResource) parser.parse(messy).eResource();
		List<TextReplacement> edits = formatting.of(resource);

		assertTrue(!edits.isEmpty());
		edits.forEach(edit -> assertTrue(messy.substring(edit.offset(), edit.offset() + edit.length()).isBlank(),
				edit::toString));
		assertEquals("network net {\n\tinput image 32x32x3 int8\n\n\tconv c1 filters 8 kernel 3x3\n}\n",
				TextReplacement.apply(messy, edits));
	}
}
