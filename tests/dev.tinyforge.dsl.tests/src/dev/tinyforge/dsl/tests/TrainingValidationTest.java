package dev.tinyforge.dsl.tests;

import static dev.tinyforge.dsl.tests.TinyMlTexts.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.tinyforge.analysis.training.LiteResidualConfig;
import dev.tinyforge.analysis.training.Optimizer;
import dev.tinyforge.analysis.training.Precision;
import dev.tinyforge.analysis.training.TrainingSetup;
import dev.tinyforge.analysis.training.UpdateScheme;
import dev.tinyforge.dsl.analysis.TrainingSetups;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Training;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.validation.IssueCodes;

/** {@code train} blocks: what they mean, and one test per rule. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class TrainingValidationTest {

	private static final String NET = network("""
			conv c1 filters 8 kernel 3x3 stride 2 activation relu
			mbconv b1 filters 8 expand 6 kernel 3
			globalavgpool gap
			dense fc units 10
			""");

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	private Model parse(String train) throws Exception {
		return parser.parse(NET + train);
	}

	private Training training(String train) throws Exception {
		Model model = parse(train);
		validation.assertNoIssues(model);
		return (Training) model.getElements().get(1);
	}

	private void assertError(String train, EClass on, String code, String messagePart) throws Exception {
		validation.assertError(parse(train), on, code, messagePart);
	}

	@Test
	void everySettingWritten() throws Exception {
		TrainingSetup setup = TrainingSetups.of(training("""
				train net {
					scheme bias-only + lite-residual downsample 4 groups 4 expand 2 kernel 3
					batch 8
					optimizer sgd momentum
					precision weights fp16 activations int8
				}
				"""));
		assertEquals(new TrainingSetup(UpdateScheme.liteResidual(new LiteResidualConfig(4, 4, 2, 3)), 8,
				Optimizer.SGD_MOMENTUM, Precision.FP16, Precision.INT8), setup);
	}

	@Test
	void unsetSettingsTakeTinyTlDefaults() throws Exception {
		assertEquals(TrainingSetup.of(UpdateScheme.liteResidual(LiteResidualConfig.TINYTL)),
				TrainingSetups.of(training("train net { scheme bias-only + lite-residual }")));
		assertEquals(TrainingSetup.of(UpdateScheme.of(UpdateScheme.Kind.LAST_LAYER)),
				TrainingSetups.of(training("train net { scheme last-layer }")));
	}

	@Test
	void layersByDslNameOrOperator() throws Exception {
		TrainingSetup setup = TrainingSetups.of(training("train net { scheme layers b1, fc optimizer adam }"));
		assertEquals(UpdateScheme.layers(List.of("b1", "fc")), setup.scheme());
		assertEquals(Optimizer.ADAM, setup.optimizer());
	}

	@Test
	void batchOfZero() throws Exception {
		assertError("train net { scheme full batch 0 }", Literals.TRAINING, IssueCodes.BAD_BATCH, "at least 1");
	}

	@Test
	void momentumWithAdam() throws Exception {
		assertError("train net { scheme full optimizer adam momentum }", Literals.TRAINING,
				IssueCodes.MOMENTUM_WITH_ADAM, "Adam keeps its own moments");
	}

	@Test
	void noDownsampling() throws Exception {
		assertError("train net { scheme bias-only + lite-residual downsample 0 }", Literals.LITE_RESIDUAL_OPTION,
				IssueCodes.BAD_DOWNSAMPLE, "at least 1");
	}

	@Test
	void noGroups() throws Exception {
		assertError("train net { scheme bias-only + lite-residual groups 0 }", Literals.LITE_RESIDUAL_OPTION,
				IssueCodes.BAD_GROUPS, "at least 1 group");
	}

	@Test
	void evenResidualKernel() throws Exception {
		assertError("train net { scheme bias-only + lite-residual kernel 4 }", Literals.LITE_RESIDUAL_OPTION,
				IssueCodes.BAD_RESIDUAL_KERNEL, "Kernel 4 has no centre tap");
	}

	@Test
	void noExpansion() throws Exception {
		assertError("train net { scheme bias-only + lite-residual expand 0 }", Literals.LITE_RESIDUAL_OPTION,
				IssueCodes.BAD_EXPAND, "'expand' must be at least 1");
	}

	@Test
	void layerWithoutWeights() throws Exception {
		assertError("train net { scheme layers fc, gap }", Literals.LAYER_UPDATE, IssueCodes.UNKNOWN_TRAINED_LAYER,
				"Network 'net' has no layer with weights named 'gap'");
	}

	@Test
	void layerListedTwice() throws Exception {
		assertError("train net { scheme layers fc, c1, fc }", Literals.LAYER_UPDATE,
				IssueCodes.DUPLICATE_TRAINED_LAYER, "'fc' is listed twice");
	}
}
