package dev.tinyforge.tflite.internal.mapping;

import java.util.Map;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.tflite.internal.schema.BuiltinOperator;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;

/** The supported builtin operators: one mapper per code. Supporting another operator is one entry here. */
final class OperatorMappers {

	private static final IrFactory IR = IrFactory.eINSTANCE;

	private static final Map<Integer, OperatorMapper> BY_BUILTIN_CODE = Map.ofEntries(
			Map.entry(BuiltinOperator.ADD, new ElementwiseMapper(BuiltinOptionsType.ADD_OPTIONS, IR::createAdd)),
			Map.entry(BuiltinOperator.AVERAGE_POOL_2D, new Pool2DMapper(PoolKind.AVERAGE)),
			Map.entry(BuiltinOperator.CONV_2D, new Conv2DMapper()),
			Map.entry(BuiltinOperator.DEPTHWISE_CONV_2D, new DepthwiseConv2DMapper()),
			Map.entry(BuiltinOperator.DEQUANTIZE, new SingleInputMapper(IR::createDequantize)),
			Map.entry(BuiltinOperator.FULLY_CONNECTED, new FullyConnectedMapper()),
			Map.entry(BuiltinOperator.LOGISTIC, new SingleInputMapper(IR::createLogistic)),
			Map.entry(BuiltinOperator.MAX_POOL_2D, new Pool2DMapper(PoolKind.MAX)),
			Map.entry(BuiltinOperator.MEAN, new MeanMapper()),
			Map.entry(BuiltinOperator.MUL, new ElementwiseMapper(BuiltinOptionsType.MUL_OPTIONS, IR::createMul)),
			Map.entry(BuiltinOperator.PAD, new PadMapper()),
			Map.entry(BuiltinOperator.QUANTIZE, new SingleInputMapper(IR::createQuantize)),
			Map.entry(BuiltinOperator.RESHAPE, new ReshapeMapper()),
			Map.entry(BuiltinOperator.SOFTMAX, new SoftmaxMapper()),
			Map.entry(BuiltinOperator.TRANSPOSE, new TransposeMapper()));

	private OperatorMappers() {
	}

	/** The mapper for a builtin code, or null if the operator is not supported. */
	static OperatorMapper forCode(int builtinCode) {
		return BY_BUILTIN_CODE.get(builtinCode);
	}
}
