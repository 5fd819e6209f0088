package dev.tinyforge.codegen;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to generate.
 *
 * @param prefix        the C identifier every public name and file name starts with, e.g. {@code person_detect}
 * @param target        the instruction set of the kernels
 * @param optimization  whether the kernels may trade Flash for speed
 * @param layerCallback whether to emit {@code <prefix>_set_layer_callback}, called after every layer with its
 *                      output, for debugging and validation; without it the schedule has no hook at all
 */
public record CodegenOptions(String prefix, Target target, Optimization optimization, boolean layerCallback) {

	private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	public CodegenOptions {
		Objects.requireNonNull(prefix, "prefix");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(optimization, "optimization");
		if (!C_IDENTIFIER.matcher(prefix).matches()) {
			throw new IllegalArgumentException("prefix '" + prefix + "' is not a C identifier");
		}
	}

	/**
	 * Whether matrix products get widened weights ({@link Optimization#SPEED}): only on the DSP, where they save
	 * instructions; portable kernels keep int8 weights.
	 */
	public boolean widensWeights() {
		return target == Target.ARM_DSP && optimization == Optimization.SPEED;
	}
}
