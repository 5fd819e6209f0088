package dev.tinyforge.cli.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.dsl.analysis.DeviceCores;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.SimdMode;

/** The instruction set generated kernels are written for: named on the command line, or what a deploy allows. */
final class GenerationTargets {

	/** The words --target takes, for messages. */
	static final String WORDS = Arrays.stream(Target.values()).map(GenerationTargets::word)
			.collect(Collectors.joining(" or "));

	private GenerationTargets() {
	}

	/** {@code ARM_DSP} is written {@code arm-dsp}. */
	static String word(Target target) {
		return target.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** @return null for a word that names no target */
	static Target named(String word) {
		return Arrays.stream(Target.values()).filter(target -> word(target).equals(word)).findFirst().orElse(null);
	}

	/** SIMD kernels unless the deploy turns them off or its core has no DSP extension to run them. */
	static Target of(Deployment deployment) {
		return deployment.getSimd() == SimdMode.OFF || !DeviceCores.hasDsp(deployment.getDevice().getCore())
				? Target.PORTABLE
				: Target.ARM_DSP;
	}
}
