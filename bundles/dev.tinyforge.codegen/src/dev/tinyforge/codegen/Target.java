package dev.tinyforge.codegen;

/** The instruction set the kernels are written for. */
public enum Target {
	/** Plain C99 for any compiler and core. */
	PORTABLE,
	/**
	 * Cortex-M4/M7/M33 with the DSP extension: SIMD multiply-accumulates through ACLE intrinsics, guarded by
	 * {@code __ARM_FEATURE_DSP} so the same files still compile, as portable C, everywhere else.
	 */
	ARM_DSP
}
