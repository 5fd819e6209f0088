package dev.tinyforge.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import dev.tinyforge.analysis.training.UpdateScheme;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.tinyMl.LayerUpdate;
import dev.tinyforge.dsl.tinyMl.LiteResidualOption;
import dev.tinyforge.dsl.tinyMl.OptimizerKind;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.dsl.tinyMl.Training;

/**
 * The rules of {@code train} blocks, composed into {@link TinyMlValidator}. The lite residual's {@code expand} is
 * checked there with the other layers' expansions.
 */
public class TrainingValidator extends AbstractDeclarativeValidator {

	@Inject
	private NetworkAnalyses analyses;

	/** Composed into {@link TinyMlValidator}, which registers for the package. */
	@Override
	public void register(EValidatorRegistrar registrar) {
		// not registered on its own
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(TinyMlPackage.eINSTANCE);
	}

	@Check
	public void checkBatch(Training training) {
		if (TinyMlValidator.written(training, Literals.TRAINING__BATCH) && training.getBatch() < 1) {
			error("Batch size must be at least 1", Literals.TRAINING__BATCH, IssueCodes.BAD_BATCH);
		}
	}

	@Check
	public void checkMomentum(Training training) {
		if (training.isMomentum() && training.getOptimizer() == OptimizerKind.ADAM) {
			error("Adam keeps its own moments: 'momentum' goes with sgd", Literals.TRAINING__MOMENTUM,
					IssueCodes.MOMENTUM_WITH_ADAM);
		}
	}

	@Check
	public void checkLiteResidual(LiteResidualOption option) {
		if (TinyMlValidator.written(option, Literals.LITE_RESIDUAL_OPTION__DOWNSAMPLE) && option.getDownsample() < 1) {
			error("Downsampling must be at least 1 (TinyTL pools by 2)", Literals.LITE_RESIDUAL_OPTION__DOWNSAMPLE,
					IssueCodes.BAD_DOWNSAMPLE);
		}
		if (TinyMlValidator.written(option, Literals.LITE_RESIDUAL_OPTION__GROUPS) && option.getGroups() < 1) {
			error("A group convolution has at least 1 group (TinyTL uses 2)", Literals.LITE_RESIDUAL_OPTION__GROUPS,
					IssueCodes.BAD_GROUPS);
		}
		int kernel = option.getKernel();
		if (TinyMlValidator.written(option, Literals.LITE_RESIDUAL_OPTION__KERNEL) && (kernel < 1 || kernel % 2 == 0)) {
			error("Kernel " + kernel + " has no centre tap: use an odd size (TinyTL uses 5)",
					Literals.LITE_RESIDUAL_OPTION__KERNEL, IssueCodes.BAD_RESIDUAL_KERNEL);
		}
	}

	/** Each named layer once, and a layer with weights of the trained network (by DSL layer or operator name). */
	@Check
	public void checkLayers(LayerUpdate update) {
		List<String> layers = update.getLayers();
		for (int i = 0; i < layers.size(); i++) {
			if (layers.subList(0, i).contains(layers.get(i))) {
				error("'" + layers.get(i) + "' is listed twice", Literals.LAYER_UPDATE__LAYERS, i,
						IssueCodes.DUPLICATE_TRAINED_LAYER);
			}
		}
		Training training = (Training) update.eContainer();
		if (training.getNetwork() == null || training.getNetwork().eIsProxy()) {
			return;
		}
		AnalyzedNetwork analyzed = analyses.get(training.getNetwork());
		if (!analyzed.analyzed()) {
			return; // the network's own errors say why
		}
		List<String> missing = UpdateScheme.layers(layers).layersMissingFrom(analyzed.graph());
		for (int i = 0; i < layers.size(); i++) {
			if (missing.contains(layers.get(i))) {
				error("Network '" + training.getNetwork().getName() + "' has no layer with weights named '"
						+ layers.get(i) + "'", Literals.LAYER_UPDATE__LAYERS, i, IssueCodes.UNKNOWN_TRAINED_LAYER);
			}
		}
	}
}
