package dev.tinyforge.dsl.validation;

/**
 * Issue codes of every rule the .tinyml validator checks; quick fixes and tests refer to them. Unresolved
 * references and duplicate names use Xtext's own codes
 * ({@code org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC},
 * {@code org.eclipse.xtext.validation.INamesAreUniqueValidationHelper}).
 */
public final class IssueCodes {

	private static final String PREFIX = "dev.tinyforge.dsl.";

	// devices
	public static final String MISSING_MEMORY = PREFIX + "missingMemory";
	public static final String RESERVE_TOO_LARGE = PREFIX + "reserveTooLarge";
	public static final String BAD_CLOCK = PREFIX + "badClock";
	public static final String FEATURE_NOT_ON_CORE = PREFIX + "featureNotOnCore";

	// networks
	public static final String MISSING_INPUT = PREFIX + "missingInput";
	public static final String BAD_SHAPE = PREFIX + "badShape";
	public static final String BAD_KERNEL = PREFIX + "badKernel";
	public static final String EVEN_KERNEL = PREFIX + "evenKernel";
	public static final String BAD_STRIDE = PREFIX + "badStride";
	public static final String BAD_EXPAND = PREFIX + "badExpand";
	public static final String NOT_POSITIVE = PREFIX + "notPositive";
	/** A layer input the linker could not resolve; the linker reports it, so the validator does not. */
	public static final String UNRESOLVED_INPUT = PREFIX + "unresolvedInput";
	public static final String SHAPE_MISMATCH = PREFIX + "shapeMismatch";
	/** {@code add s from a, a}: an IR operator holds each input tensor once, so it cannot read one twice. */
	public static final String DUPLICATE_OPERAND = PREFIX + "duplicateOperand";
	public static final String EMPTY_FEATURE_MAP = PREFIX + "emptyFeatureMap";
	public static final String UNFUSABLE_ACTIVATION = PREFIX + "unfusableActivation";
	public static final String BAD_QUANTIZATION = PREFIX + "badQuantization";
	public static final String MODEL_FILE = PREFIX + "modelFile";

	// search spaces
	public static final String BAD_WIDTH = PREFIX + "badWidth";
	public static final String BAD_RESOLUTION = PREFIX + "badResolution";
	public static final String BAD_DEPTH = PREFIX + "badDepth";
	public static final String BAD_EVOLUTION = PREFIX + "badEvolution";
	public static final String BAD_EVALUATOR = PREFIX + "badEvaluator";

	// deployments
	public static final String SRAM_OVERFLOW = PREFIX + "sramOverflow";
	public static final String FLASH_OVERFLOW = PREFIX + "flashOverflow";
	public static final String BAD_OVERHEAD = PREFIX + "badOverhead";
	public static final String BAD_PATCH_PLAN = PREFIX + "badPatchPlan";
	public static final String NOTHING_TO_QUANTIZE = PREFIX + "nothingToQuantize";

	// on-device training
	public static final String BAD_BATCH = PREFIX + "badBatch";
	public static final String MOMENTUM_WITH_ADAM = PREFIX + "momentumWithAdam";
	public static final String BAD_DOWNSAMPLE = PREFIX + "badDownsample";
	public static final String BAD_GROUPS = PREFIX + "badGroups";
	public static final String BAD_RESIDUAL_KERNEL = PREFIX + "badResidualKernel";
	public static final String UNKNOWN_TRAINED_LAYER = PREFIX + "unknownTrainedLayer";
	public static final String DUPLICATE_TRAINED_LAYER = PREFIX + "duplicateTrainedLayer";

	private IssueCodes() {
	}

	/** A search block asks for a hand-made patch grid; it chooses each candidate's plan itself. */
	public static final String PATCH_GRID_IN_SEARCH = PREFIX + "patchGridInSearch";
}
