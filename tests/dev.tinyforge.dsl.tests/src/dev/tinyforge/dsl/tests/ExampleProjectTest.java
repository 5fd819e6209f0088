package dev.tinyforge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.validation.IssueCodes;

/**
 * The bundled example, read from example-projects/ across files: the person detection network has the
 * published MAC count of MobileNetV1 0.25 on 96x96x1, fits the F746 board and fits nothing on a Cortex-M0+.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class ExampleProjectTest {

	/** tycho-surefire runs the tests in the module folder, tests/dev.tinyforge.dsl.tests. */
	private static final Path EXAMPLE = Path.of("../../example-projects/person-detection").toAbsolutePath().normalize();

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private NetworkAnalyses analyses;

	private List<Resource> loadExample() {
		XtextResourceSet resourceSet = resourceSets.get();
		return List.of("person-detect.tinyml", "devices.tinyml", "too-big-for-m0.tinyml").stream()
				.map(name -> resourceSet.getResource(URI.createFileURI(EXAMPLE.resolve(name).toString()), true))
				.toList();
	}

	@Test
	void personDetectionHasThePublishedMacCount() {
		Model model = (Model) loadExample().get(0).getContents().get(0);
		Network network = (Network) model.getElements().get(0);
		AnalyzedNetwork analyzed = analyses.get(network);
		assertTrue(analyzed.analyzed(), () -> String.valueOf(analyzed.lowering().problems()));
		assertEquals(7_157_888L, analyzed.analysis().totalMacs());
		assertEquals(31, analyzed.graph().opCount());
	}

	@Test
	void personDetectionFitsTheDiscoveryBoard() {
		validation.assertNoIssues(loadExample().get(0));
	}

	@Test
	void personDetectionDoesNotFitTheCortexM0Plus() {
		Resource tooBig = loadExample().get(2);
		validation.assertError(tooBig, Literals.DEPLOYMENT, IssueCodes.SRAM_OVERFLOW, "'person_detect' on 'stm32g071'");
		validation.assertError(tooBig, Literals.DEPLOYMENT, IssueCodes.FLASH_OVERFLOW, "for weights");
	}
}
