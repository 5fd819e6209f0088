package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * An element-wise function of one int8 input, as a table of its 256 results indexed by the input's bits:
 * LOGISTIC, int8 QUANTIZE (requantization) and DEQUANTIZE. The table is computed with the reference
 * arithmetic, so the results are exact by construction.
 */
record LookupKernel(int size, String outputType) implements KernelSpec {

	@Override
	public String baseName() {
		return "lookup";
	}

	@Override
	public String parameters() {
		return "const int8_t *input, " + outputType + " *output, const " + outputType + " *table";
	}

	@Override
	public Set<CHelper> helpers() {
		return EnumSet.noneOf(CHelper.class);
	}

	@Override
	public void body(CWriter c, Target target) {
		c.line("for (int i = 0; i < %d; i++) {", size).line("output[i] = table[(uint8_t)input[i]];").line("}");
	}
}
