package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CLiterals;
import dev.tinyforge.codegen.c.CWriter;

/**
 * QUANTIZE from float32 to int8 as TFLite's {@code AffineQuantize}: the float quotient rounded half away from
 * zero (without libm: clamped to +-256 first, where every zero point saturates, then truncated and corrected
 * by the exact fraction), plus the zero point. Output byte i is written after input float i/4 is read, so the
 * output may start at the input's address.
 */
record FloatQuantizeKernel(int size, float scale, int zeroPoint) implements KernelSpec {

	@Override
	public String baseName() {
		return "quantize";
	}

	@Override
	public String parameters() {
		return "const float *input, int8_t *output";
	}

	@Override
	public Set<CHelper> helpers() {
		return EnumSet.noneOf(CHelper.class);
	}

	@Override
	public void body(CWriter c, Target target) {
		c.line("for (int i = 0; i < %d; i++) {", size);
		c.line("float q = input[i] / %s;", CLiterals.floatLiteral(scale));
		c.line("q = q > 256.0f ? 256.0f : q < -256.0f ? -256.0f : q;");
		c.line("{").line("int32_t v = (int32_t)q;").line("const float fraction = q - (float)v;");
		c.line("v += fraction >= 0.5f ? 1 : fraction <= -0.5f ? -1 : 0;").line("v += %d;", zeroPoint);
		c.line("output[i] = (int8_t)(v < -128 ? -128 : v > 127 ? 127 : v);").line("}").line("}");
	}
}
