package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * PAD with the output zero point, innermost row by innermost row from the last to the first: a row inside the
 * input is moved to its place and its border filled, any other row filled whole. Output row r starts at or after
 * input row r's start, and input row i ends at or before output row i + 1 starts, so the output may share the
 * input's first byte: going backwards, a row is written only over input rows already moved.
 */
record PadKernel(List<Integer> inputShape, List<Integer> before, List<Integer> outputShape, int zeroPoint)
		implements KernelSpec {

	@Override
	public String baseName() {
		return "pad";
	}

	@Override
	public String parameters() {
		return "const int8_t *input, int8_t *output";
	}

	@Override
	public Set<CHelper> helpers() {
		return EnumSet.noneOf(CHelper.class);
	}

	@Override
	public void body(CWriter c, Target target) {
		int rank = inputShape.size();
		int last = rank - 1;
		int inputRow = inputShape.get(last);
		int outputRow = outputShape.get(last);
		int rowBefore = before.get(last);
		int rowAfter = outputRow - inputRow - rowBefore;
		long inputRows = 1;
		long outputRows = 1;
		for (int d = 0; d < last; d++) {
			inputRows *= inputShape.get(d);
			outputRows *= outputShape.get(d);
		}
		c.line("long y = %d;", (outputRows - 1) * outputRow);
		c.line("long x = %d;", (inputRows - 1) * inputRow);
		StringBuilder inside = new StringBuilder();
		for (int d = 0; d < last; d++) {
			c.line("for (int o%d = %d; o%d >= 0; o%d--) {", d, outputShape.get(d) - 1, d, d);
			if (!inputShape.get(d).equals(outputShape.get(d))) {
				int from = before.get(d);
				inside.append(inside.length() == 0 ? "" : " && ")
						.append(String.format("o%d >= %d && o%d < %d", d, from, d, from + inputShape.get(d)));
			}
		}
		if (inside.length() > 0) {
			c.line("if (%s) {", inside);
		}
		c.line("memmove(output + y + %d, input + x, %d);", rowBefore, inputRow).line("x -= %d;", inputRow);
		if (rowBefore > 0) {
			c.line("memset(output + y, %d, %d);", zeroPoint, rowBefore);
		}
		if (rowAfter > 0) {
			c.line("memset(output + y + %d, %d, %d);", rowBefore + inputRow, zeroPoint, rowAfter);
		}
		if (inside.length() > 0) {
			c.line("} else {").line("memset(output + y, %d, %d);", zeroPoint, outputRow).line("}");
		}
		c.line("y -= %d;", outputRow);
		for (int d = 0; d < last; d++) {
			c.line("}");
		}
	}
}
