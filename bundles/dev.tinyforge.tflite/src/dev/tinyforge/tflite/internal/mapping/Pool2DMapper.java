package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;
import dev.tinyforge.tflite.internal.schema.Pool2DOptionsTable;

/** AVERAGE_POOL_2D and MAX_POOL_2D, which share Pool2DOptions: one input, the window from the options. */
final class Pool2DMapper implements OperatorMapper {

	private final PoolKind kind;

	Pool2DMapper(PoolKind kind) {
		this.kind = kind;
	}

	@Override
	public Operator map(OperatorContext context) {
		if (!context.hasOperands(1, 0) || !context.inputHasRank(0, 4) || !context.outputHasRank(4)) {
			return null;
		}
		Pool2DOptionsTable options = context.options(BuiltinOptionsType.POOL_2D_OPTIONS, Pool2DOptionsTable::new);
		Pool2D pool = IrFactory.eINSTANCE.createPool2D();
		pool.setKind(kind);
		context.connect(pool, 1);
		WindowAttributes.copyWindow(options, pool, context);
		pool.setFilterH(WindowAttributes.atLeastOne("filter_height", options.filterHeight(), context));
		pool.setFilterW(WindowAttributes.atLeastOne("filter_width", options.filterWidth(), context));
		return pool;
	}
}
