package dev.tinyforge.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

import com.google.inject.Inject;

import dev.tinyforge.analysis.FitVerdict;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.analysis.DeviceCores;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.lowering.LoweringProblem;
import dev.tinyforge.dsl.tinyMl.Core;
import dev.tinyforge.dsl.tinyMl.CoreFeature;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Evolution;
import dev.tinyforge.dsl.tinyMl.Input;
import dev.tinyforge.dsl.tinyMl.IoFormat;
import dev.tinyforge.dsl.tinyMl.Kernel;
import dev.tinyforge.dsl.tinyMl.MemoryKind;
import dev.tinyforge.dsl.tinyMl.MemoryRegion;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.Objective;
import dev.tinyforge.dsl.tinyMl.PatchPlan;
import dev.tinyforge.dsl.tinyMl.Pool;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.dsl.tinyMl.Stage;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.model.QuantizedInterface;
import dev.tinyforge.model.Tensors;

/**
 * The rules of the .tinyml language. Shape rules come from lowering the network (one source of truth for
 * shapes); the fit of a deployment from analysing it against the device.
 */
@ComposedChecks(validators = TrainingValidator.class)
public class TinyMlValidator extends AbstractTinyMlValidator {

	@Inject
	private NetworkAnalyses analyses;

	// ------------------------------------------------------------ devices

	@Check
	public void checkMemories(Device device) {
		for (MemoryKind kind : MemoryKind.VALUES) {
			if (device.getMemories().stream().noneMatch(region -> region.getKind() == kind)) {
				error("Device '" + device.getName() + "' needs a " + kind.getLiteral() + " region, e.g. '"
						+ kind.getLiteral() + (kind == MemoryKind.SRAM ? " 320 KB'" : " 1 MB'"), Literals.DEVICE__NAME,
						IssueCodes.MISSING_MEMORY);
			}
		}
	}

	@Check
	public void checkReserve(MemoryRegion region) {
		long size = DeviceBudgets.bytes(region.getSize());
		long reserve = DeviceBudgets.bytes(region.getReserve());
		if (size <= 0) {
			error("Memory size must be more than 0 B", Literals.MEMORY_REGION__SIZE, IssueCodes.NOT_POSITIVE);
		} else if (reserve >= size) {
			error("The reserve (" + reserve + " B) leaves nothing of the " + size + " B region",
					Literals.MEMORY_REGION__RESERVE, IssueCodes.RESERVE_TOO_LARGE);
		}
	}

	@Check
	public void checkClock(Device device) {
		if (device.getClock() != null && device.getClock().getValue() <= 0) {
			error("Clock must be more than 0", Literals.DEVICE__CLOCK, IssueCodes.BAD_CLOCK);
		}
	}

	@Check
	public void checkFeatures(Device device) {
		List<CoreFeature> features = device.getFeatures();
		for (int i = 0; i < features.size(); i++) {
			CoreFeature feature = features.get(i);
			boolean missing = feature == CoreFeature.HELIUM ? device.getCore() != Core.CORTEX_M55
					: !DeviceCores.hasDsp(device.getCore());
			if (missing) {
				warning("A " + device.getCore().getLiteral() + " has no " + feature.getLiteral() + " extension",
						Literals.DEVICE__FEATURES, i, IssueCodes.FEATURE_NOT_ON_CORE);
			}
		}
	}

	// ------------------------------------------------------------ networks

	/** Reports what lowering found: missing input, shapes that do not match, empty maps, unfusable activations. */
	@Check
	public void checkNetwork(Network network) {
		for (LoweringProblem problem : analyses.get(network).lowering().problems()) {
			if (!IssueCodes.UNRESOLVED_INPUT.equals(problem.issueCode())) {
				error(problem.message(), problem.source(), problem.feature(), problem.issueCode());
			}
		}
	}

	@Check
	public void checkInputQuantization(Input input) {
		if (written(input, Literals.INPUT__SCALE) && input.getScale() <= 0) {
			error("Scale must be more than 0", Literals.INPUT__SCALE, IssueCodes.BAD_QUANTIZATION);
		}
		if (input.getZeroPoint() < -128 || input.getZeroPoint() > 127) {
			error("An int8 zero point lies in -128..127", Literals.INPUT__ZERO_POINT, IssueCodes.BAD_QUANTIZATION);
		}
	}

	/** Convolution kernels need a centre tap for SAME padding to stay symmetric; pooling windows may be even. */
	@Check
	public void checkKernelIsOdd(Kernel kernel) {
		if (kernel.eContainer() instanceof Pool) {
			return;
		}
		for (String dim : kernel.getText().split("x")) {
			if (!dim.isEmpty() && Integer.parseInt(dim) % 2 == 0) {
				error("Kernel " + kernel.getText() + " has no centre tap: use an odd size (1, 3, 5, 7)",
						Literals.KERNEL__TEXT, IssueCodes.EVEN_KERNEL);
				return;
			}
		}
	}

	/** Strides, filters and units written as 0 (a missing one defaults to 1 or is a syntax error). */
	@Check
	public void checkPositiveAttributes(EObject layer) {
		for (String name : new String[] { "stride", "filters", "units", "expand" }) {
			if (layer.eClass().getEStructuralFeature(name) instanceof EAttribute attribute && written(layer, attribute)
					&& ((Integer) layer.eGet(attribute)) < 1) {
				error("'" + name + "' must be at least 1", attribute,
						name.equals("stride") ? IssueCodes.BAD_STRIDE
								: name.equals("expand") ? IssueCodes.BAD_EXPAND : IssueCodes.NOT_POSITIVE);
			}
		}
	}

	// ------------------------------------------------------------ search spaces

	@Check
	public void checkSearchSpace(SearchSpace space) {
		for (int i = 0; i < space.getWidths().size(); i++) {
			double width = space.getWidths().get(i);
			if (width <= 0 || width > 4) {
				error("Width multiplier " + width + " is outside (0, 4]", Literals.SEARCH_SPACE__WIDTHS, i,
						IssueCodes.BAD_WIDTH);
			}
		}
		for (int i = 0; i < space.getResolutions().size(); i++) {
			if (space.getResolutions().get(i) < 8) {
				error("Input resolution must be at least 8", Literals.SEARCH_SPACE__RESOLUTIONS, i,
						IssueCodes.BAD_RESOLUTION);
			}
		}
		if (space.getInputChannels() < 1 || space.getClasses() < 1) {
			error("A search space needs at least one input channel and one class", Literals.SEARCH_SPACE__NAME,
					IssueCodes.NOT_POSITIVE);
		}
	}

	@Check
	public void checkStage(Stage stage) {
		if (stage.getWidth() < 1) {
			error("Stage width must be at least 1", Literals.STAGE__WIDTH, IssueCodes.NOT_POSITIVE);
		}
		if (stage.getStride() != 1 && stage.getStride() != 2) {
			error("Stage stride must be 1 or 2", Literals.STAGE__STRIDE, IssueCodes.BAD_STRIDE);
		}
		checkEach(stage.getDepths(), Literals.STAGE__DEPTHS, depth -> depth < 1, "Depth must be at least 1",
				IssueCodes.BAD_DEPTH);
		checkEach(stage.getKernels(), Literals.STAGE__KERNELS, kernel -> kernel < 1 || kernel % 2 == 0,
				"Kernel sizes must be odd (1, 3, 5, 7)", IssueCodes.EVEN_KERNEL);
		checkEach(stage.getExpands(), Literals.STAGE__EXPANDS, expand -> expand < 1,
				"Expand ratio must be at least 1", IssueCodes.BAD_EXPAND);
	}

	@Check
	public void checkSearchPatches(SearchSpace search) {
		if (search.getPatches() != null && search.getPatches().getGrid() != null) {
			error("A search plans the patches of each candidate itself: write 'patches auto' (with an optional"
					+ " 'overhead N %') or 'patches off'", Literals.SEARCH_SPACE__PATCHES,
					IssueCodes.PATCH_GRID_IN_SEARCH);
		}
	}

	@Check
	public void checkEvolution(Evolution evolution) {
		for (EAttribute count : List.of(Literals.EVOLUTION__SAMPLES, Literals.EVOLUTION__GENERATIONS,
				Literals.EVOLUTION__POPULATION)) {
			int min = count == Literals.EVOLUTION__POPULATION ? 2 : 1;
			if (written(evolution, count) && (Integer) evolution.eGet(count) < min) {
				error("'" + count.getName() + "' must be at least " + min, count, IssueCodes.BAD_EVOLUTION);
			}
		}
		for (EAttribute ratio : List.of(Literals.EVOLUTION__PARENT_RATIO, Literals.EVOLUTION__MUTATION_RATIO,
				Literals.EVOLUTION__MUTATION_PROBABILITY, Literals.EVOLUTION__RESOLUTION_MUTATION)) {
			double value = (Double) evolution.eGet(ratio);
			boolean parents = ratio == Literals.EVOLUTION__PARENT_RATIO;
			if (written(evolution, ratio) && (value < 0 || parents && value == 0 || value > 1)) {
				error("A ratio or probability lies in [0, 1], the parent ratio above 0; got " + value, ratio,
						IssueCodes.BAD_EVOLUTION);
			}
		}
	}

	@Check
	public void checkEvaluator(Objective objective) {
		if (written(objective, Literals.OBJECTIVE__PARALLEL) && objective.getParallel() < 1) {
			error("At least one evaluator runs at a time", Literals.OBJECTIVE__PARALLEL, IssueCodes.BAD_EVALUATOR);
		}
		if (objective.getTimeout() != null && objective.getTimeout().getValue() <= 0) {
			error("The evaluator timeout must be positive", Literals.OBJECTIVE__TIMEOUT, IssueCodes.BAD_EVALUATOR);
		}
	}

	private void checkEach(List<Integer> values, EAttribute feature, java.util.function.IntPredicate bad,
			String message, String code) {
		for (int i = 0; i < values.size(); i++) {
			if (bad.test(values.get(i))) {
				error(message, feature, i, code);
			}
		}
	}

	// ------------------------------------------------------------ deployments

	@Check
	public void checkPatchOverhead(PatchPlan plan) {
		if (written(plan, Literals.PATCH_PLAN__OVERHEAD_PERCENT)
				&& (plan.getOverheadPercent() < 1 || plan.getOverheadPercent() > 1000)) {
			error("The MAC overhead budget is a percentage from 1 to 1000", Literals.PATCH_PLAN__OVERHEAD_PERCENT,
					IssueCodes.BAD_OVERHEAD);
		}
	}

	/** A hand-written patch plan must be able to run on the network it deploys. */
	@Check(CheckType.NORMAL)
	public void checkPatchPlan(Deployment deployment) {
		PatchPlan plan = deployment.getPatches();
		if (plan == null || plan.getGrid() == null || deployment.getNetwork() == null
				|| deployment.getNetwork().eIsProxy()) {
			return;
		}
		for (String problem : analyses.patches(deployment).problems()) {
			error(problem, plan,
					plan.getUntil() == null ? Literals.PATCH_PLAN__UNTIL_OPERATOR : Literals.PATCH_PLAN__UNTIL,
					IssueCodes.BAD_PATCH_PLAN);
		}
	}

	/** {@code interface int8} on a network without a float input or output would leave nothing out. */
	@Check(CheckType.NORMAL)
	public void checkInterface(Deployment deployment) {
		Network network = deployment.getNetwork();
		if (deployment.getIo() != IoFormat.INT8 || network == null || network.eIsProxy()) {
			return;
		}
		AnalyzedNetwork analyzed = analyses.get(network);
		if (analyzed.analyzed() && !QuantizedInterface.changes(analyzed.lowering().graph())) {
			warning("'" + network.getName() + "' neither quantizes a float input first nor dequantizes its output last:"
					+ " 'interface int8' leaves nothing out", Literals.DEPLOYMENT__IO, IssueCodes.NOTHING_TO_QUANTIZE);
		}
	}

	/** The point of the product: does the network fit the device's SRAM and Flash? */
	@Check(CheckType.NORMAL)
	public void checkFit(Deployment deployment) {
		Network network = deployment.getNetwork();
		Device device = deployment.getDevice();
		if (network == null || network.eIsProxy() || device == null || device.eIsProxy()) {
			return;
		}
		AnalyzedNetwork analyzed = analyses.get(deployment);
		if (!analyzed.analyzed()) {
			return; // the network's own errors say why
		}
		FitVerdict verdict = FitVerdict.of(analyzed.analysis(), analyzed.graph(), DeviceBudgets.of(device));
		String where = "'" + network.getName() + "' on '" + device.getName() + "'";
		if (!verdict.fitsSram()) {
			error(where + " needs " + bytes(verdict.sramNeeded()) + " of SRAM, " + bytes(verdict.sramOverBytes())
					+ " more than the " + bytes(verdict.sramAvailable()) + " available" + peak(verdict, analyzed),
					Literals.DEPLOYMENT__NETWORK, IssueCodes.SRAM_OVERFLOW);
		}
		if (!verdict.fitsFlash()) {
			error(where + " needs " + bytes(verdict.flashNeeded()) + " of Flash for weights, "
					+ bytes(verdict.flashOverBytes()) + " more than the " + bytes(verdict.flashAvailable())
					+ " available", Literals.DEPLOYMENT__DEVICE, IssueCodes.FLASH_OVERFLOW);
		}
	}

	private static String peak(FitVerdict verdict, AnalyzedNetwork analyzed) {
		if (verdict.peakOperator() < 0) {
			return "";
		}
		String layer = verdict.peakOperatorOrigin();
		String op = verdict.peakOperatorName();
		return "; the peak is at layer '" + layer + "'" + (op.equals(layer) ? "" : " (" + op + ")") + ", output "
				+ Tensors.format(analyzed.lowering().graph().getOperators().get(verdict.peakOperator()).getOutputs()
						.get(0));
	}

	private static String bytes(long count) {
		return String.format("%,d B", count);
	}

	/** Whether the feature was written in the text (an unset int reads as 0, like an explicit 0). */
	static boolean written(EObject object, EAttribute feature) {
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty();
	}
}
