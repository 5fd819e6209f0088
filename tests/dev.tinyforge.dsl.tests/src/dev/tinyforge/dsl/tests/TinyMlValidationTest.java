package dev.tinyforge.dsl.tests;

import static dev.tinyforge.dsl.tests.TinyMlTexts.BOARD;
import static dev.tinyforge.dsl.tests.TinyMlTexts.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.validation.IssueCodes;

/** One test per validation rule: the right code, on the right element, with a message that says why. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class TinyMlValidationTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	private Model parse(String text) throws Exception {
		return parser.parse(text);
	}

	private void assertError(String text, EClass on, String code, String messagePart) throws Exception {
		validation.assertError(parse(text), on, code, messagePart);
	}

	@Test
	void aCorrectFileHasNoIssues() throws Exception {
		validation.assertNoIssues(parse(BOARD + network("""
				conv c1 filters 16 kernel 3x3 stride 2 activation relu6
				mbconv b1 filters 16 expand 6 kernel 5 se
				mbconv b2 filters 24 expand 4 kernel 3 stride 2
				maxpool p1 kernel 2
				globalavgpool gap
				flatten f
				dense fc units 10
				softmax out
				""") + "deploy net on board { output \"gen\" patches auto overhead 30% simd auto }\n"));
	}

	// ------------------------------------------------------------ devices

	@Test
	void deviceWithoutSram() throws Exception {
		assertError("device d { core cortex-m4 flash 1 MB }", Literals.DEVICE, IssueCodes.MISSING_MEMORY,
				"needs a sram region");
	}

	@Test
	void deviceWithoutFlash() throws Exception {
		assertError("device d { core cortex-m4 sram 128 KB }", Literals.DEVICE, IssueCodes.MISSING_MEMORY,
				"needs a flash region");
	}

	@Test
	void reserveAsLargeAsTheRegion() throws Exception {
		assertError("device d { core cortex-m4 flash 1 MB sram 64 KB reserve 64 KB }", Literals.MEMORY_REGION,
				IssueCodes.RESERVE_TOO_LARGE, "leaves nothing");
	}

	@Test
	void emptyRegion() throws Exception {
		assertError("device d { core cortex-m4 flash 1 MB sram 0 KB }", Literals.MEMORY_REGION,
				IssueCodes.NOT_POSITIVE, "more than 0 B");
	}

	@Test
	void zeroClock() throws Exception {
		assertError("device d { core cortex-m4 clock 0 MHz flash 1 MB sram 64 KB }", Literals.DEVICE,
				IssueCodes.BAD_CLOCK, "Clock");
	}

	@Test
	void dspOnACortexM0PlusIsAWarning() throws Exception {
		validation.assertWarning(parse("device d { core cortex-m0plus features dsp flash 64 KB sram 16 KB }"),
				Literals.DEVICE, IssueCodes.FEATURE_NOT_ON_CORE, "cortex-m0plus has no dsp");
	}

	// ------------------------------------------------------------ networks

	@Test
	void networkWithoutInputIsASyntaxError() throws Exception {
		assertTrue(parse("network n { conv c filters 8 kernel 3 }").eResource().getErrors().size() > 0);
	}

	@Test
	void inputWithTwoDimensions() throws Exception {
		assertError("network n { input i 96x96 int8 }", Literals.INPUT, IssueCodes.BAD_SHAPE, "HxWxC");
	}

	@Test
	void zeroPointOutsideInt8() throws Exception {
		assertError("network n { input i 8x8x1 int8 scale 0.5 zero-point 200 }", Literals.INPUT,
				IssueCodes.BAD_QUANTIZATION, "-128..127");
	}

	@Test
	void zeroScale() throws Exception {
		assertError("network n { input i 8x8x1 int8 scale 0.0 zero-point 0 }", Literals.INPUT,
				IssueCodes.BAD_QUANTIZATION, "Scale");
	}

	@Test
	void evenKernel() throws Exception {
		assertError(network("conv c filters 8 kernel 4"), Literals.KERNEL, IssueCodes.EVEN_KERNEL, "odd");
	}

	@Test
	void nonSquareKernel() throws Exception {
		assertError(network("dwconv d kernel 3x5"), Literals.DEPTHWISE_CONV, IssueCodes.BAD_KERNEL, "square");
	}

	@Test
	void zeroStride() throws Exception {
		assertError(network("conv c filters 8 kernel 3 stride 0"), Literals.CONV, IssueCodes.BAD_STRIDE,
				"'stride' must be at least 1");
	}

	@Test
	void zeroFilters() throws Exception {
		assertError(network("conv c filters 0 kernel 3"), Literals.CONV, IssueCodes.NOT_POSITIVE,
				"'filters' must be at least 1");
	}

	@Test
	void zeroExpand() throws Exception {
		assertError(network("mbconv b filters 8 expand 0 kernel 3"), Literals.INVERTED_RESIDUAL,
				IssueCodes.BAD_EXPAND, "at least 1");
	}

	@Test
	void addOfDifferentChannelCounts() throws Exception {
		assertError(network("""
				pwconv a filters 16
				pwconv b filters 32
				add sum from a, b
				"""), Literals.ADD, IssueCodes.SHAPE_MISMATCH, "Cannot add 'a' (32x32x16) and 'b' (32x32x32)");
	}

	/** The rule lives in lowering, so the analysis never sees the one-input ADD the IR would make of it. */
	@Test
	void addOfALayerToItself() throws Exception {
		Model model = parse(network("""
				pwconv a filters 16
				add twice from a, a
				"""));
		validation.assertError(model, Literals.ADD, IssueCodes.DUPLICATE_OPERAND,
				"'twice' reads 'a' twice; TinyForge's IR cannot express that yet");
		assertEquals(1, validation.validate(model).size(), () -> validation.validate(model).toString());
	}

	@Test
	void windowLargerThanItsInput() throws Exception {
		assertError("network n { input i 5x5x1 int8 conv c filters 4 kernel 7 padding valid }", Literals.CONV,
				IssueCodes.EMPTY_FEATURE_MAP, "empty feature map");
	}

	@Test
	void strideThatShrinksTheMapToNothing() throws Exception {
		assertError("network n { input i 4x4x1 int8 maxpool p kernel 5 stride 2 padding valid }", Literals.POOL,
				IssueCodes.EMPTY_FEATURE_MAP, "5x5 window with stride 2");
	}

	@Test
	void convolutionAfterFlatten() throws Exception {
		assertError(network("flatten f\nconv c filters 8 kernel 3"), Literals.CONV, IssueCodes.SHAPE_MISMATCH,
				"needs an HxWxC input");
	}

	@Test
	void reshapeToAnotherElementCount() throws Exception {
		assertError(network("reshape r to 10"), Literals.RESHAPE, IssueCodes.SHAPE_MISMATCH,
				"Cannot reshape 3072 elements");
	}

	@Test
	void activationAfterSoftmax() throws Exception {
		assertError(network("softmax sm\nrelu r"), Literals.ACTIVATION_LAYER, IssueCodes.UNFUSABLE_ACTIVATION,
				"Cannot fuse 'r' into 'sm'");
	}

	@Test
	void secondActivation() throws Exception {
		assertError(network("conv c filters 8 kernel 3 activation relu6\nrelu r"), Literals.ACTIVATION_LAYER,
				IssueCodes.UNFUSABLE_ACTIVATION, "already has an activation");
	}

	@Test
	void inputFromALaterLayerDoesNotResolve() throws Exception {
		Model model = parse(network("conv a from b filters 8 kernel 3\nconv b filters 8 kernel 3"));
		validation.assertError(model, Literals.CONV, Diagnostic.LINKING_DIAGNOSTIC, "b");
		// the unresolved input is reported once, by the linker
		assertTrue(validation.validate(model).stream().noneMatch(i -> IssueCodes.UNRESOLVED_INPUT.equals(i.getCode())));
	}

	@Test
	void duplicateLayerNames() throws Exception {
		Model model = parse(network("conv c filters 8 kernel 3\nconv c filters 8 kernel 3"));
		assertTrue(validation.validate(model).stream()
				.anyMatch(i -> i.getSeverity() == Severity.ERROR && i.getMessage().contains("Duplicate")));
	}

	@Test
	void missingModelFile() throws Exception {
		assertError("network n from \"missing.tflite\"", Literals.NETWORK, IssueCodes.MODEL_FILE, "missing.tflite");
	}

	// ------------------------------------------------------------ search spaces

	private static String space(String widths, String stage) {
		return BOARD + "search space { devices board input channels 3 classes 2 widths " + widths
				+ " resolutions 96, 128 " + stage + " max sram 256 KB max latency 100 ms maximize macs }";
	}

	@Test
	void aCorrectSearchSpaceHasNoIssues() throws Exception {
		validation.assertNoIssues(parse(space("0.35, 0.5, 1.0", "stage s1 width 16 stride 2 depth 2, 3 kernel 3, 5, 7 expand 3, 6")));
	}

	@Test
	void widthMultiplierOutOfRange() throws Exception {
		assertError(space("0.0, 1.0", "stage s1 width 16 stride 2 depth 2 kernel 3 expand 6"), Literals.SEARCH_SPACE,
				IssueCodes.BAD_WIDTH, "outside (0, 4]");
	}

	@Test
	void tinyResolution() throws Exception {
		assertError(BOARD + "search space { input channels 3 classes 2 widths 1.0 resolutions 4 "
				+ "stage a width 8 stride 1 depth 1 kernel 3 expand 1 }", Literals.SEARCH_SPACE,
				IssueCodes.BAD_RESOLUTION, "at least 8");
	}

	@Test
	void noClasses() throws Exception {
		assertError("search space { input channels 3 classes 0 widths 1.0 resolutions 96 "
				+ "stage a width 8 stride 1 depth 1 kernel 3 expand 1 }", Literals.SEARCH_SPACE,
				IssueCodes.NOT_POSITIVE, "one class");
	}

	@Test
	void stageRules() throws Exception {
		Model model = parse(space("1.0", "stage s1 width 0 stride 3 depth 0 kernel 4 expand 0"));
		validation.assertError(model, Literals.STAGE, IssueCodes.NOT_POSITIVE, "width");
		validation.assertError(model, Literals.STAGE, IssueCodes.BAD_STRIDE, "1 or 2");
		validation.assertError(model, Literals.STAGE, IssueCodes.BAD_DEPTH, "Depth");
		validation.assertError(model, Literals.STAGE, IssueCodes.EVEN_KERNEL, "odd");
		validation.assertError(model, Literals.STAGE, IssueCodes.BAD_EXPAND, "Expand");
	}

	@Test
	void aSearchChoosesItsPatchPlansItself() throws Exception {
		String search = "search space { input channels 3 classes 2 widths 1.0 resolutions 96 "
				+ "stage a width 8 stride 1 depth 1 kernel 3 expand 1 patches %s }";
		validation.assertError(parse(String.format(search, "2x2 until a")), Literals.SEARCH_SPACE,
				IssueCodes.PATCH_GRID_IN_SEARCH, "'patches auto'");
		validation.assertNoIssues(parse(String.format(search, "auto overhead 20 %")));
		validation.assertError(parse(String.format(search, "auto overhead 0 %")), Literals.PATCH_PLAN,
				IssueCodes.BAD_OVERHEAD, "percentage");
	}

	@Test
	void evolutionAndEvaluatorRules() throws Exception {
		Model model = parse("search space { input channels 3 classes 2 widths 1.0 resolutions 96 "
				+ "stage a width 8 stride 1 depth 1 kernel 3 expand 1 maximize accuracy with \"eval\" parallel 0 "
				+ "timeout 0 ms evolution { samples 0 population 1 parent ratio 0 mutation probability 1.2 "
				+ "resolution mutation 0 } }");
		validation.assertError(model, Literals.EVOLUTION, IssueCodes.BAD_EVOLUTION, "'samples' must be at least 1");
		validation.assertError(model, Literals.EVOLUTION, IssueCodes.BAD_EVOLUTION, "'population' must be at least 2");
		validation.assertError(model, Literals.EVOLUTION, IssueCodes.BAD_EVOLUTION, "got 0.0");
		validation.assertError(model, Literals.EVOLUTION, IssueCodes.BAD_EVOLUTION, "got 1.2");
		validation.assertError(model, Literals.OBJECTIVE, IssueCodes.BAD_EVALUATOR, "At least one evaluator");
		validation.assertError(model, Literals.OBJECTIVE, IssueCodes.BAD_EVALUATOR, "timeout must be positive");
	}

	@Test
	void unknownDeviceInSearchSpace() throws Exception {
		validation.assertError(parse("search space { devices nowhere input channels 3 classes 2 widths 1.0 resolutions 96 "
				+ "stage a width 8 stride 1 depth 1 kernel 3 expand 1 }"), Literals.SEARCH_SPACE,
				Diagnostic.LINKING_DIAGNOSTIC, "nowhere");
	}

	// ------------------------------------------------------------ deployments

	private static final String BIG_NET = network("""
			conv c1 filters 64 kernel 3
			conv c2 filters 64 kernel 3
			globalavgpool gap
			dense fc units 1000
			""");

	private static final String SMALL_BOARD = "device small { core cortex-m0plus flash 64 KB reserve 16 KB "
			+ "sram 64 KB reserve 16 KB }\n";

	@Test
	void deploymentOverSram() throws Exception {
		Model model = parse(SMALL_BOARD + BIG_NET + "deploy net on small");
		// at c2: its 32x32x64 input and output (65,536 B each) + 2 im2col columns of 3*3*64 int16 (2,304 B)
		validation.assertError(model, Literals.DEPLOYMENT, IssueCodes.SRAM_OVERFLOW, "needs 133,376 B of SRAM, "
				+ "84,224 B more than the 49,152 B available; the peak is at layer 'c2', output 32x32x64");
	}

	@Test
	void deploymentOverFlash() throws Exception {
		Model model = parse(SMALL_BOARD + BIG_NET + "deploy net on small");
		// int8 weights 64*27 + 64*576 + 1000*64 = 102,592 B; int32 biases (64 + 64 + 1000) * 4 = 4,512 B
		validation.assertError(model, Literals.DEPLOYMENT, IssueCodes.FLASH_OVERFLOW,
				"needs 107,104 B of Flash for weights, 57,952 B more than the 49,152 B available");
	}

	@Test
	void deploymentThatFits() throws Exception {
		validation.assertNoErrors(parse(BOARD + BIG_NET + "deploy net on board"));
	}

	@Test
	void unknownDevice() throws Exception {
		validation.assertError(parse(BIG_NET + "deploy net on nowhere"), Literals.DEPLOYMENT,
				Diagnostic.LINKING_DIAGNOSTIC, "nowhere");
	}

	@Test
	void patchLayerOfAnotherNetwork() throws Exception {
		validation.assertError(parse(BOARD + BIG_NET + network("conv other filters 8 kernel 3").replace("network net ", "network net2 ")
				+ "deploy net on board { patches 2x2 until other }"), Literals.PATCH_PLAN,
				Diagnostic.LINKING_DIAGNOSTIC, "other");
	}

	@Test
	void patchOverheadOfZero() throws Exception {
		assertError(BOARD + BIG_NET + "deploy net on board { patches auto overhead 0% }", Literals.PATCH_PLAN,
				IssueCodes.BAD_OVERHEAD, "percentage");
	}

	private static final String PATCHABLE_NET = network("""
			conv c1 filters 16 kernel 3
			conv c2 filters 16 kernel 3 stride 2
			globalavgpool gap
			dense fc units 10
			""");

	private static final String TINY_BOARD = "device tiny { core cortex-m7 flash 1 MB sram 16 KB }\n";

	@Test
	void patchesUntilAGlobalOperator() throws Exception {
		assertError(BOARD + PATCHABLE_NET + "deploy net on board { patches 2x2 until fc }", Literals.PATCH_PLAN,
				IssueCodes.BAD_PATCH_PLAN, "patches until 'fc': operator #");
	}

	@Test
	void patchGridFinerThanTheSplitOutput() throws Exception {
		assertError(BOARD + PATCHABLE_NET + "deploy net on board { patches 17x2 until c2 }", Literals.PATCH_PLAN,
				IssueCodes.BAD_PATCH_PLAN, "a 17x2 patch grid is finer than the 16x16 output of operator #1 'c2'");
	}

	@Test
	void patchGridOfThreeDimensions() throws Exception {
		assertError(BOARD + PATCHABLE_NET + "deploy net on board { patches 2x2x2 until c2 }", Literals.PATCH_PLAN,
				IssueCodes.BAD_PATCH_PLAN, "a patch grid is rows x columns, such as 3x3, not '2x2x2'");
	}

	@Test
	void patchesMakeANetworkFitThatDoesNotLayerByLayer() throws Exception {
		assertError(TINY_BOARD + PATCHABLE_NET + "deploy net on tiny", Literals.DEPLOYMENT, IssueCodes.SRAM_OVERFLOW,
				"SRAM");
		validation.assertNoIssues(parse(TINY_BOARD + PATCHABLE_NET + "deploy net on tiny { patches 4x4 until c2 }"));
		validation.assertNoIssues(parse(TINY_BOARD + PATCHABLE_NET + "deploy net on tiny { patches auto }"));
	}

	@Test
	void severityOfFitIsError() throws Exception {
		Model model = parse(SMALL_BOARD + BIG_NET + "deploy net on small");
		assertTrue(validation.validate(model).stream().filter(i -> IssueCodes.SRAM_OVERFLOW.equals(i.getCode()))
				.allMatch(i -> i.getSeverity() == Severity.ERROR));
	}
}
