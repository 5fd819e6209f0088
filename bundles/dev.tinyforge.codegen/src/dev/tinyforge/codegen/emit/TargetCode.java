package dev.tinyforge.codegen.emit;

import java.util.function.Consumer;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/** Writes a kernel body that has a DSP variant: guarded by {@code __ARM_FEATURE_DSP}, with the portable one after {@code #else}. */
final class TargetCode {

	private TargetCode() {
	}

	static void write(CWriter c, Target target, Consumer<CWriter> dsp, Consumer<CWriter> portable) {
		if (target != Target.ARM_DSP) {
			portable.accept(c);
			return;
		}
		c.line("#if defined(__ARM_FEATURE_DSP)");
		dsp.accept(c);
		c.line("#else");
		portable.accept(c);
		c.line("#endif");
	}
}
