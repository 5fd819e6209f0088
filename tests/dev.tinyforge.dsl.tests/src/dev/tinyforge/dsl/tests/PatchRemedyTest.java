package dev.tinyforge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.PatchRemedy;
import dev.tinyforge.dsl.edit.AutoPatchesOption;
import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.validation.IssueCodes;

/** The "Enable patch-based inference" fix without an editor: when it helps, and the text it writes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class PatchRemedyTest {

	/** c1's 96x96x32 output beside its input is 315 KiB of the board's 256 KiB; patch by patch it is not. */
	private static final String WIDE_START = """
			network tiny {
				input image 96x96x3 int8
				conv c1 filters 32 kernel 3x3 activation relu6
				conv c2 filters 8 kernel 3x3 stride 2
				globalavgpool pool
				dense out units 2
			}
			""";

	/** The whole 200x200x16 output of c1 that pool reads is 625 KiB: no patches help. */
	private static final String WIDE_END = """
			network tiny {
				input image 200x200x3 int8
				conv c1 filters 16 kernel 3x3 activation relu6
				globalavgpool pool
				dense out units 2
			}
			""";

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private NetworkAnalyses analyses;

	@Inject
	private ValidationTestHelper validation;

	private Deployment deployment(Model model) {
		return model.getElements().stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
				.findFirst().orElseThrow();
	}

	private String withAutoPatches(String text) throws Exception {
		return TextReplacement.apply(text, List.of(AutoPatchesOption.set(deployment(parser.parse(text)))));
	}

	private List<Issue> sramOverflows(String text) throws Exception {
		return validation.validate(parser.parse(text)).stream()
				.filter(issue -> IssueCodes.SRAM_OVERFLOW.equals(issue.getCode())).toList();
	}

	@Test
	void patchesAutoIsOfferedWhenItsPlanFitsAndThenTheOverflowIsGone() throws Exception {
		String text = TinyMlTexts.BOARD + WIDE_START + "deploy tiny on board\n";
		assertEquals(1, sramOverflows(text).size());

		PatchPlan plan = PatchRemedy.fittingAutoPlan(deployment(parser.parse(text)), analyses);

		assertNotNull(plan);
		assertEquals(0, plan.firstOp(), plan::toString);
		String fixed = withAutoPatches(text);
		assertTrue(fixed.endsWith("deploy tiny on board {\n\tpatches auto\n}\n"), fixed);
		assertEquals(List.of(), sramOverflows(fixed));
	}

	@Test
	void noPatchesAreOfferedWhenEvenThePatchedArenaIsTooLarge() throws Exception {
		String text = TinyMlTexts.BOARD + WIDE_END + "deploy tiny on board\n";
		assertEquals(1, sramOverflows(text).size());

		assertNull(PatchRemedy.fittingAutoPlan(deployment(parser.parse(text)), analyses));
	}

	@Test
	void theOptionGoesAfterTheOutputBeforeSimdOrReplacesTheOldOne() throws Exception {
		String[][] deploysAndFixes = {
				{ "{\n\toutput \"gen\"\n\tsimd off\n}", "{\n\toutput \"gen\"\n\tpatches auto\n\tsimd off\n}" },
				{ "{\n\tsimd off\n}", "{\n\tpatches auto\n\tsimd off\n}" },
				{ "{ output \"gen\" }", "{ output \"gen\" patches auto }" },
				{ "{}", "{ patches auto }" },
				{ "{\n}", "{\n\tpatches auto\n}" },
				{ "{\n\tpatches 2x2 until c1\n}", "{\n\tpatches auto\n}" },
				{ "{ patches auto overhead 5 % }", "{ patches auto }" } };
		String head = TinyMlTexts.BOARD + WIDE_START + "deploy tiny on board ";
		for (String[] deployAndFix : deploysAndFixes) {
			assertEquals(head + deployAndFix[1] + "\n", withAutoPatches(head + deployAndFix[0] + "\n"));
		}
	}
}
