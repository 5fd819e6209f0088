package dev.tinyforge.reference.kernels;

import java.util.Map;
import java.util.function.Function;

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
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.model.ir.Reshape;
import dev.tinyforge.model.ir.Softmax;

/** The kernel of each operator kind. Supporting a new operator is one entry here and its kernel class. */
public final class KernelTable {

	private static final Map<Class<?>, Function<Operator, Kernel>> KERNELS = Map.ofEntries(
			entry(Conv2D.class, Conv2DKernel::new),
			entry(DepthwiseConv2D.class, DepthwiseConv2DKernel::new),
			entry(FullyConnected.class, FullyConnectedKernel::new),
			entry(Pool2D.class, pool -> pool.getKind() == PoolKind.MAX ? new MaxPoolKernel(pool)
					: new AveragePoolKernel(pool)),
			entry(Add.class, AddKernel::new),
			entry(Mul.class, MulKernel::new),
			entry(Mean.class, MeanKernel::new),
			entry(Pad.class, PadKernel::new),
			entry(Reshape.class, ReshapeKernel::new),
			entry(Softmax.class, SoftmaxKernel::new),
			entry(Logistic.class, LogisticKernel::new),
			entry(Quantize.class, KernelTable::quantize),
			entry(Dequantize.class, DequantizeKernel::new));

	private KernelTable() {
	}

	/**
	 * Checks the operator and prepares its kernel.
	 *
	 * @throws IllegalArgumentException if the kind is not supported or the operator is inconsistent
	 */
	public static Kernel prepare(Operator op) {
		Function<Operator, Kernel> factory = KERNELS.get(op.eClass().getInstanceClass());
		if (factory == null) {
			throw new IllegalArgumentException(
					op.eClass().getName() + " is not supported by the reference interpreter");
		}
		return factory.apply(op);
	}

	/** QUANTIZE either quantizes float32 or requantizes int8. */
	private static Kernel quantize(Quantize op) {
		Operands.requireInputs(op, 1, 1);
		return Operands.input(op, 0).getDataType() == DataType.FLOAT32 ? new QuantizeKernel(op)
				: new RequantizeKernel(op);
	}

	private static <T extends Operator> Map.Entry<Class<?>, Function<Operator, Kernel>> entry(Class<T> kind,
			Function<T, Kernel> factory) {
		return Map.entry(kind, op -> factory.apply(kind.cast(op)));
	}
}
