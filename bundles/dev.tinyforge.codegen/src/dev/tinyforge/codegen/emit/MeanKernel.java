package dev.tinyforge.codegen.emit;

import java.util.List;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * MEAN as TFLM's {@code QuantizedMeanOrSum}: a loop nest with the kept axes outside and the reduced ones
 * inside, so each output is one int32 sum in a register, then the zero points and the count-folded multiplier.
 */
record MeanKernel(List<Integer> shape, List<Boolean> reduced, int zeroPointSum, QuantizedMultiplier multiplier,
		int outputZeroPoint) implements KernelSpec {

	@Override
	public String baseName() {
		return "mean";
	}

	@Override
	public String parameters() {
		return "const int8_t *input, int8_t *output";
	}

	@Override
	public void body(CWriter c, Target target) {
		int rank = shape.size();
		int[] strides = new int[rank];
		for (int d = rank - 1, stride = 1; d >= 0; stride *= shape.get(d), d--) {
			strides[d] = stride;
		}
		StringBuilder index = new StringBuilder("0");
		c.line("int8_t *y = output;");
		openLoops(c, false, strides, index);
		c.line("int32_t sum = 0;");
		openLoops(c, true, strides, index);
		c.line("sum += input[%s];", index);
		closeLoops(c, true);
		c.line("{").line("const int32_t v = tf_scale(sum - %d, %d, %d) + %d;", zeroPointSum, multiplier.multiplier(),
				multiplier.shift(), outputZeroPoint);
		c.line("*y++ = (int8_t)(v < -128 ? -128 : v > 127 ? 127 : v);").line("}");
		closeLoops(c, false);
	}

	private void openLoops(CWriter c, boolean ofReduced, int[] strides, StringBuilder index) {
		for (int d = 0; d < shape.size(); d++) {
			if (reduced.get(d) == ofReduced) {
				c.line("for (int i%d = 0; i%d < %d; i%d++) {", d, d, shape.get(d), d);
				index.append(" + i").append(d).append(" * ").append(strides[d]);
			}
		}
	}

	private void closeLoops(CWriter c, boolean ofReduced) {
		for (int d = 0; d < shape.size(); d++) {
			if (reduced.get(d) == ofReduced) {
				c.line("}");
			}
		}
	}
}
