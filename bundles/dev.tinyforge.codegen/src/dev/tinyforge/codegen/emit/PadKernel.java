package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/** PAD with the output zero point: the output filled with it, then the input copied in row by innermost row. */
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
		long outputSize = 1;
		int[] outputStrides = new int[rank];
		for (int d = rank - 1; d >= 0; d--) {
			outputStrides[d] = (int) outputSize;
			outputSize *= outputShape.get(d);
		}
		c.line("memset(output, %d, %d);", zeroPoint, outputSize);
		int rowLength = inputShape.get(rank - 1);
		StringBuilder destination = new StringBuilder(Integer.toString(before.get(rank - 1)));
		for (int d = 0; d < rank - 1; d++) {
			c.line("for (int i%d = 0; i%d < %d; i%d++) {", d, d, inputShape.get(d), d);
			destination.append(" + (i").append(d).append(" + ").append(before.get(d)).append(") * ")
					.append(outputStrides[d]);
		}
		c.line("memcpy(output + %s, input, %d);", destination, rowLength).line("input += %d;", rowLength);
		for (int d = 0; d < rank - 1; d++) {
			c.line("}");
		}
	}
}
