package dev.tinyforge.codegen.emit;

import dev.tinyforge.model.ir.IrPackage;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;

/** Operator kinds by their TFLite names, as reports and messages show them. */
public final class OperatorNames {

	private OperatorNames() {
	}

	public static String of(Operator op) {
		switch (op.eClass().getClassifierID()) {
		case IrPackage.CONV2_D:
			return "CONV_2D";
		case IrPackage.DEPTHWISE_CONV2_D:
			return "DEPTHWISE_CONV_2D";
		case IrPackage.POOL2_D:
			return ((Pool2D) op).getKind() == PoolKind.MAX ? "MAX_POOL_2D" : "AVERAGE_POOL_2D";
		case IrPackage.FULLY_CONNECTED:
			return "FULLY_CONNECTED";
		default:
			return op.eClass().getName().toUpperCase();
		}
	}
}
