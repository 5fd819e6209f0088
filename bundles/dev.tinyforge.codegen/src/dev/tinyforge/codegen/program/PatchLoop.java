package dev.tinyforge.codegen.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchTiling;
import dev.tinyforge.analysis.patch.Span;
import dev.tinyforge.codegen.c.CWriter;
import dev.tinyforge.codegen.emit.ConstantData;
import dev.tinyforge.codegen.emit.EmitterTable;
import dev.tinyforge.codegen.emit.KernelRegistry;
import dev.tinyforge.codegen.emit.LayerCode;
import dev.tinyforge.codegen.emit.LayerContext;
import dev.tinyforge.codegen.emit.PatchWindow;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;

/**
 * The statements of the patch phase (MCUNetV2's patch-based inference), unrolled patch by patch: copy the patch's
 * window of the prefix' input into its buffer, run every prefix layer on its window with the kernel of that
 * window's geometry (the generator's own kernels, specialised like any layer's, so the map's border padding is
 * handled as for the whole map), then copy the split layer's output window into the whole output. Patches at the
 * borders have other geometries than inner ones, so a layer gets a few kernels, shared by the patches alike.
 *
 * @param statements the C statements, one per line
 * @param kernels    per prefix operator (from the first), the kernels its patches call
 */
public record PatchLoop(String statements, List<Set<String>> kernels) {

	/** Generates the patch phase; its kernels go to {@code kernels}, its constants to {@code constants}. */
	public static PatchLoop write(PatchPhase phase, Graph graph, String prefix, NetworkAnalysis analysis,
			Map<Tensor, Integer> tensorIds, ConstantData constants, KernelRegistry kernels) {
		PatchPlan plan = phase.plan();
		PatchTiling tiling = phase.tiling();
		List<Operator> operators = graph.getOperators();
		Tensor source = operators.get(plan.firstOp()).getInputs().get(0);
		Tensor split = operators.get(plan.splitOp()).getOutputs().get(0);
		List<Set<String>> kernelsPerOp = new ArrayList<>();
		for (int op = plan.firstOp(); op <= plan.splitOp(); op++) {
			kernelsPerOp.add(new LinkedHashSet<>());
		}
		CWriter c = new CWriter();
		c.line("/* patch phase: %dx%d patches of layers %d..%d */", plan.rows(), plan.columns(), plan.firstOp(),
				plan.splitOp());
		for (int r = 0; r < plan.rows(); r++) {
			for (int col = 0; col < plan.columns(); col++) {
				c.line("{");
				Span rows = tiling.inputRows(plan.firstOp(), r);
				Span columns = tiling.inputColumns(plan.firstOp(), col);
				copy(c, source, analysis.tensorOffset(tensorIds.get(source)), rows, columns,
						phase.inputTileOffset(), true);
				for (int op = plan.firstOp(); op <= plan.splitOp(); op++) {
					Operator operator = operators.get(op);
					PatchWindow window = new PatchWindow(tiling.inputRows(op, r), tiling.inputColumns(op, col),
							tiling.outputRows(op, r), tiling.outputColumns(op, col),
							op == plan.firstOp() ? phase.inputTileOffset()
									: analysis.tensorOffset(tensorIds.get(operator.getInputs().get(0))),
							op == plan.splitOp() ? phase.outputTileOffset()
									: analysis.tensorOffset(tensorIds.get(operator.getOutputs().get(0))));
					LayerCode code = EmitterTable.emit(new LayerContext(op, operator, prefix, analysis, tensorIds,
							constants, kernels, window));
					c.lines(code.call());
					kernelsPerOp.get(op - plan.firstOp()).add(code.kernel());
				}
				copy(c, split, analysis.tensorOffset(tensorIds.get(split)), tiling.outputRows(plan.splitOp(), r),
						tiling.outputColumns(plan.splitOp(), col), phase.outputTileOffset(), false);
				c.line("}");
			}
		}
		return new PatchLoop(c.toString(), kernelsPerOp);
	}

	/**
	 * Copies a window of an NHWC map at {@code mapOffset} to or from the compact buffer at {@code windowOffset},
	 * row by row.
	 */
	private static void copy(CWriter c, Tensor map, long mapOffset, Span rows, Span columns, long windowOffset,
			boolean intoWindow) {
		int[] shape = Tensors.shape(map);
		long pixel = Tensors.byteSize(map) / ((long) shape[1] * shape[2]);
		long windowRow = columns.length() * pixel;
		String window = String.format("arena + %d + y * %d", windowOffset, windowRow);
		String inMap = String.format("arena + %d + (%d + y) * %d", mapOffset + columns.start() * pixel, rows.start(),
				shape[2] * pixel);
		c.line("for (int y = 0; y < %d; y++) {", rows.length());
		c.line("memcpy(%s, %s, %d);", intoWindow ? window : inMap, intoWindow ? inMap : window, windowRow);
		c.line("}");
	}
}
