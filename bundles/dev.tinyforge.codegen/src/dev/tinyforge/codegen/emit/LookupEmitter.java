package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.Quantizations;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.Logistic;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.reference.arithmetic.ActivationRange;
import dev.tinyforge.reference.arithmetic.FixedPoint;
import dev.tinyforge.reference.arithmetic.FixedPointFunctions;
import dev.tinyforge.reference.arithmetic.InputRadius;
import dev.tinyforge.reference.arithmetic.QuantizedMultiplier;

/**
 * LOGISTIC, int8-to-int8 QUANTIZE and DEQUANTIZE as 256-entry tables, each entry computed as TFLite's reference
 * kernel computes that input.
 */
final class LookupEmitter implements OperatorEmitter {

	private static final int LOGISTIC_INPUT_INTEGER_BITS = 4;

	@Override
	public LayerCode emit(LayerContext layer) {
		Tensor input = layer.input(0);
		Tensor output = layer.output();
		Int8Operands.require(layer, input);
		if (Tensors.elementCount(input) != Tensors.elementCount(output)) {
			throw layer.unsupported("input and output differ in element count");
		}
		if (!layer.inPlace(input, output)) {
			layer.requireSeparate(input, output);
		}
		int size = (int) Tensors.elementCount(input);
		String table;
		String type;
		if (layer.op() instanceof Dequantize) {
			type = "float";
			table = layer.constants().float32(layer.symbol("table"), dequantizeTable(input, output, layer));
		} else {
			Int8Operands.require(layer, output);
			type = "int8_t";
			byte[] values = layer.op() instanceof Logistic ? logisticTable(input, output, layer)
					: requantizeTable(input, output);
			table = layer.constants().int8(layer.symbol("table"), values);
		}
		String name = layer.kernels().use(new LookupKernel(size, type));
		return new LayerCode(name, name + "(" + layer.pointer(input) + ", " + layer.pointer(output) + ", " + table
				+ ");");
	}

	private static float[] dequantizeTable(Tensor input, Tensor output, LayerContext layer) {
		if (output.getDataType() != DataType.FLOAT32) {
			throw layer.unsupported("DEQUANTIZE must produce float32");
		}
		double scale = Quantizations.scale(input);
		int zeroPoint = Quantizations.zeroPoint(input);
		float[] table = new float[256];
		for (int bits = 0; bits < 256; bits++) {
			table[bits] = (float) (scale * ((byte) bits - zeroPoint));
		}
		return table;
	}

	private static byte[] requantizeTable(Tensor input, Tensor output) {
		int inputZeroPoint = Quantizations.zeroPoint(input);
		int outputZeroPoint = Quantizations.zeroPoint(output);
		QuantizedMultiplier multiplier = QuantizedMultiplier
				.of((double) Quantizations.scale(input) / (double) Quantizations.scale(output));
		byte[] table = new byte[256];
		for (int bits = 0; bits < 256; bits++) {
			int value = multiplier.apply((byte) bits - inputZeroPoint) + outputZeroPoint;
			table[bits] = (byte) ActivationRange.INT8.clamp(value);
		}
		return table;
	}

	private static byte[] logisticTable(Tensor input, Tensor output, LayerContext layer) {
		if (Quantizations.zeroPoint(output) != -128) {
			throw layer.unsupported("LOGISTIC's output must have zero point -128");
		}
		int inputZeroPoint = Quantizations.zeroPoint(input);
		QuantizedMultiplier multiplier = QuantizedMultiplier
				.of((double) Quantizations.scale(input) * (double) (1 << (31 - LOGISTIC_INPUT_INTEGER_BITS)));
		int radius = InputRadius.of(LOGISTIC_INPUT_INTEGER_BITS, multiplier.shift());
		byte[] table = new byte[256];
		for (int bits = 0; bits < 256; bits++) {
			int centered = (byte) bits - inputZeroPoint;
			if (centered <= -radius) {
				table[bits] = Byte.MIN_VALUE;
			} else if (centered >= radius) {
				table[bits] = Byte.MAX_VALUE;
			} else {
				int logistic = FixedPointFunctions.logistic(multiplier.apply(centered), LOGISTIC_INPUT_INTEGER_BITS);
				table[bits] = (byte) ActivationRange.INT8.clamp(FixedPoint.roundingDivideByPot(logistic, 23) - 128);
			}
		}
		return table;
	}
}
