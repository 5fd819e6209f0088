package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Softmax;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.FixedPointFunctions;
import dev.tinyforge.reference.arithmetic.InputRadius;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * SOFTMAX with the parameters of TFLM's {@code CalculateSoftmaxParams}: beta times the input scale in Q5.26;
 * differences below {@code -radius} give the minimum output and add nothing to the sum.
 */
final class SoftmaxEmitter implements OperatorEmitter {

	private static final int SCALED_DIFF_INTEGER_BITS = 5;
	/** Up to this many equal maxima the sum of exponentials fits its 12 integer bits. */
	private static final int MAX_DEPTH = 2048;

	@Override
	public LayerCode emit(LayerContext layer) {
		Softmax op = (Softmax) layer.op();
		Tensor input = layer.input(0);
		Tensor output = layer.output();
		Int8Operands.require(layer, input, output);
		if (!layer.inPlace(input, output)) {
			layer.requireSeparate(input, output);
		}
		int[] shape = Tensors.shape(input);
		int depth = shape.length == 0 ? 1 : shape[shape.length - 1];
		if (depth > MAX_DEPTH) {
			throw layer.unsupported("softmax over more than " + MAX_DEPTH + " values is not supported");
		}
		if (Quantizations.zeroPoint(output) != -128 || Quantizations.scale(output) != 1f / 256) {
			throw layer.unsupported("the output must have scale 1/256 and zero point -128, as TFLite requires");
		}
		double real = Math.min((double) op.getBeta() * (double) Quantizations.scale(input)
				* (1 << (31 - SCALED_DIFF_INTEGER_BITS)), (1L << 31) - 1.0);
		QuantizedMultiplier inputBeta = QuantizedMultiplier.of(real);
		if (real <= 1 || inputBeta.shift() < 0) {
			throw layer.unsupported("beta times the input scale is too small for TFLite's int8 softmax");
		}
		int diffMin = -InputRadius.of(SCALED_DIFF_INTEGER_BITS, inputBeta.shift());
		int[] expOfMinus = new int[256];
		for (int k = 0; k < expOfMinus.length; k++) {
			expOfMinus[k] = -k >= diffMin
					? FixedPointFunctions.expOnNegativeValues(inputBeta.apply(-k), SCALED_DIFF_INTEGER_BITS)
					: 0;
		}
		int rows = (int) (Tensors.elementCount(input) / depth);
		String name = layer.kernels().use(new SoftmaxKernel(rows, depth, diffMin));
		return new LayerCode(name, name + "(" + layer.pointer(input) + ", " + layer.pointer(output) + ", "
				+ layer.constants().int32(layer.symbol("exp_of_minus"), expOfMinus) + ");");
	}
}
