package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Injector;

import dev.tinyforge.dsl.TinyMlStandaloneSetup;
import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.tflite.TfliteImporter;

/** {@code tinyforge import FILE.tflite}: the model's architecture as a .tinyml network the DSL reads back. */
class ImportCommandTest {

	private static final String HELLO_WORLD = SharedModels.model("hello_world_int8");

	@TempDir
	Path folder;

	@Test
	void printsTheNetworkAsTheFormatterLaysItOut() {
		CliRun run = CliRun.of("import", HELLO_WORLD);
		assertEquals("", run.err());
		assertEquals(0, run.exitCode());
		assertEquals("// " + HELLO_WORLD + ": architecture only, weights stay in the model file\n" + """
				network hello_world_int8 {
					input data 1 int8 scale 0.024480116 zero-point -128
					dense fc1 units 16 activation relu
					dense fc2 units 16 activation relu
					dense fc3 units 1
				}
				""", run.out());
	}

	/** The shared models whose operators all have a .tinyml form. */
	@ParameterizedTest
	@ValueSource(strings = { "hello_world_int8", "mlperf_tiny_ad01_int8", "mlperf_tiny_vww_96_int8" })
	void printedNetworkLowersToTheImportedOperatorsAndShapes(String model) throws Exception {
		CliRun run = CliRun.of("import", SharedModels.model(model));
		assertEquals(0, run.exitCode(), run.err());

		Network network = parseWithoutIssues(run.out());
		LoweringResult lowered = new NetworkLowering().lower(network);
		assertTrue(lowered.succeeded(), () -> String.valueOf(lowered.problems()));
		assertEquals(model, network.getName());
		assertEquals(summary(TfliteImporter.read(Path.of(SharedModels.model(model)))), summary(lowered.graph()),
				run.out());
	}

	@Test
	void nameOption() throws Exception {
		CliRun run = CliRun.of("import", HELLO_WORLD, "--name", "sine");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("sine", parseWithoutIssues(run.out()).getName());
	}

	@Test
	void defaultNameIsTheFileNameMadeAnIdentifier() throws Exception {
		Path file = Files.copy(Path.of(HELLO_WORLD), folder.resolve("hello-world 2.tflite"));
		CliRun run = CliRun.of("import", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("hello_world_2", parseWithoutIssues(run.out()).getName());
	}

	@Test
	void nameThatIsAKeywordIsEscaped() throws Exception {
		Path file = Files.copy(Path.of(HELLO_WORLD), folder.resolve("conv.tflite"));
		CliRun run = CliRun.of("import", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("\nnetwork ^conv {\n"), run.out());
		assertEquals("conv", parseWithoutIssues(run.out()).getName());
	}

	@Test
	void operatorsTheDslCannotExpressAreReportedAndNothingIsPrinted() {
		// its global pool is two MEANs over one axis each (an NCHW pool after a transpose)
		String vww = SharedModels.model("tinyengine_vww");
		CliRun run = CliRun.of("import", vww);
		assertEquals(1, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith(vww + ": operator '"), run.err());
		assertTrue(run.err().contains("a .tinyml network cannot express a mean over axes [2]"), run.err());
	}

	@Test
	void personDetectionImportsWithItsFirstDepthwiseAsAConvolution() throws IOException {
		// the first layer is a depthwise with multiplier 8 on one channel: the same as 8 filters
		CliRun run = CliRun.of("import", SharedModels.model("person_detect"), "--name", "pd");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("conv conv1 filters 8 kernel 3x3 stride 2 padding same activation relu6"),
				run.out());
		Path file = Files.writeString(folder.resolve("pd.tinyml"), run.out());
		CliRun analyzed = CliRun.of("analyze", file.toString());
		assertEquals(0, analyzed.exitCode(), analyzed.err());
		assertTrue(analyzed.out().contains("MACs             7,157,888"), analyzed.out());
	}

	@Test
	void importProblemsAreOneLineEachAfterTheFileName() throws IOException {
		Path broken = Files.write(folder.resolve("broken.tflite"), new byte[] { 1, 2, 3 });
		CliRun run = CliRun.of("import", broken.toString());
		assertEquals(1, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith(broken + ": "), run.err());
		assertFalse(run.showsStackTrace());
	}

	@Test
	void nameThatIsNoIdentifier() {
		CliRun run = CliRun.of("import", HELLO_WORLD, "--name", "my-net");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: import: --name 'my-net' is not a name: "), run.err());
	}

	@Test
	void fileOfAnotherKind() {
		Path text = Projects.write(folder, "net.tinyml", Projects.NETWORK);
		CliRun run = CliRun.of("import", text.toString());
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + text + ": not a .tflite file\n", run.err());
	}

	private Network parseWithoutIssues(String text) {
		Injector injector = Dsl.INJECTOR;
		Path file = Projects.write(folder, "imported.tinyml", text);
		Resource resource = injector.getInstance(XtextResourceSet.class)
				.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		assertEquals(List.of(), issues, text);
		return (Network) ((Model) resource.getContents().get(0)).getElements().get(0);
	}

	/** Per operator its kind, fused activation and output shape. */
	private static List<String> summary(Graph graph) {
		return graph.getOperators().stream().map(op -> op.eClass().getName() + " " + op.getActivation() + " "
				+ Tensors.format(op.getOutputs().get(0))).toList();
	}

	/** The language, set up once for the class. */
	private static final class Dsl {
		static final Injector INJECTOR = new TinyMlStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
