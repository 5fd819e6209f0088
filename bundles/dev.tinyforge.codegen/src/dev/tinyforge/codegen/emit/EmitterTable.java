package dev.tinyforge.codegen.emit;

import java.util.Map;

import dev.tinyforge.codegen.UnsupportedOperatorException;
import dev.tinyforge.model.ir.Add;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Logistic;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Mul;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.model.ir.Reshape;
import dev.tinyforge.model.ir.Softmax;

/** The emitter of each operator kind. Supporting a new operator is one entry here and its emitter. */
public final class EmitterTable {

	private static final OperatorEmitter LOOKUP = new LookupEmitter();
	private static final OperatorEmitter FLOAT_QUANTIZE = new FloatQuantizeEmitter();

	private static final Map<Class<?>, OperatorEmitter> EMITTERS = Map.ofEntries(
			Map.entry(Conv2D.class, new ConvolutionEmitter()),
			Map.entry(DepthwiseConv2D.class, new DepthwiseEmitter()),
			Map.entry(FullyConnected.class, new FullyConnectedEmitter()),
			Map.entry(Pool2D.class, new PoolEmitter()),
			Map.entry(Add.class, new ElementwiseEmitter()),
			Map.entry(Mul.class, new ElementwiseEmitter()),
			Map.entry(Mean.class, new MeanEmitter()),
			Map.entry(Pad.class, new PadEmitter()),
			Map.entry(Reshape.class, new ReshapeEmitter()),
			Map.entry(Softmax.class, new SoftmaxEmitter()),
			Map.entry(Logistic.class, LOOKUP),
			Map.entry(Dequantize.class, LOOKUP),
			Map.entry(Quantize.class, layer -> layer.input(0).getDataType() == DataType.FLOAT32
					? FLOAT_QUANTIZE.emit(layer) : LOOKUP.emit(layer)));

	private EmitterTable() {
	}

	/** Generates the layer; a kind without an emitter is unsupported. */
	public static LayerCode emit(LayerContext layer) {
		Operator op = layer.op();
		OperatorEmitter emitter = EMITTERS.get(op.eClass().getInstanceClass());
		if (emitter == null) {
			throw new UnsupportedOperatorException(layer.describe() + ": the code generator has no kernel for "
					+ op.eClass().getName());
		}
		return emitter.emit(layer);
	}
}
