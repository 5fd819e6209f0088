package dev.tinyforge.tflite;

import static dev.tinyforge.tflite.OperatorMappingTest.names;
import static dev.tinyforge.tflite.TestOptions.*;
import static dev.tinyforge.tflite.TfliteModelWriter.INT8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Mean;
import dev.tinyforge.model.ir.Pad;
import dev.tinyforge.model.ir.Reshape;

/**
 * MEAN, PAD, RESHAPE and TRANSPOSE take parameters from constant tensors: the values become attributes and
 * the parameter tensors, used for nothing else, stay out of the graph.
 */
class ParameterOperatorsTest {

	@Test
	void meanNormalisesNegativeAxesAndDropsTheAxisTensor() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 5, 5, 8);
		int axes = w.int32Constant("axes", new int[] {-2, 1}, 2);
		int out = w.tensor("out", INT8, 1, 1, 1, 8);
		w.operator(MEAN, new int[] {in, axes}, new int[] {out}, REDUCER_OPTIONS, reducer(true));

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "m");

		Mean mean = (Mean) graph.getOperators().get(0);
		assertEquals(List.of(2, 1), mean.getAxes());
		assertTrue(mean.isKeepDims());
		assertEquals(List.of("in"), names(mean.getInputs()));
		assertEquals(List.of("in", "out"), names(graph.getTensors()));
	}

	@Test
	void padFlattensInt32OrInt64Paddings() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4, 4, 2);
		int int32Paddings = w.int32Constant("p32", new int[] {0, 0, 1, 2, 3, 4, 0, 0}, 4, 2);
		int mid = w.tensor("mid", INT8, 1, 7, 11, 2);
		int int64Paddings = w.int64Constant("p64", new long[] {0, 0, 1, 1, 1, 1, 0, 0}, 4, 2);
		int out = w.tensor("out", INT8, 1, 9, 13, 2);
		w.operator(PAD, new int[] {in, int32Paddings}, new int[] {mid});
		w.operator(PAD, new int[] {mid, int64Paddings}, new int[] {out});

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "p");

		assertEquals(List.of(0, 0, 1, 2, 3, 4, 0, 0), ((Pad) graph.getOperators().get(0)).getPaddings());
		assertEquals(List.of(0, 0, 1, 1, 1, 1, 0, 0), ((Pad) graph.getOperators().get(1)).getPaddings());
		assertEquals(List.of("in", "mid", "out"), names(graph.getTensors()));
	}

	@Test
	void reshapeTakesItsOutputShapeAndDropsTheShapeTensor() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 2, 2, 4);
		int shape = w.int32Constant("shape", new int[] {-1, 16}, 2);
		int out = w.tensor("out", INT8, 1, 16);
		w.operator(RESHAPE, new int[] {in, shape}, new int[] {out});

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "r");

		Reshape reshape = (Reshape) graph.getOperators().get(0);
		assertEquals(List.of("in"), names(reshape.getInputs()));
		assertEquals(List.of(1, 16), reshape.getOutputs().get(0).getShape());
	}

	@Test
	void reshapeMustKeepTheElementCount() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 2, 2, 4);
		int out = w.tensor("out", INT8, 1, 15);
		w.operator(RESHAPE, new int[] {in}, new int[] {out});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(out).write(), "r"));

		assertEquals(List.of("operator 0 (RESHAPE, inputs 'in' -> 'out'): input shape [1, 2, 2, 4] and output shape"
				+ " [1, 15] hold different numbers of elements"), e.problems());
	}

	@Test
	void transposeThatOnlyMovesDimensionsOfSizeOneIsAReshape() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 1, 1, 8);
		int permutation = w.int32Constant("perm", new int[] {0, 3, 1, 2}, 4);
		int out = w.tensor("out", INT8, 1, 8, 1, 1);
		w.operator(TRANSPOSE, new int[] {in, permutation}, new int[] {out});

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "t");

		Reshape reshape = (Reshape) graph.getOperators().get(0);
		assertEquals("operator 0 (TRANSPOSE)", reshape.getOrigin());
		assertEquals(List.of(1, 8, 1, 1), reshape.getOutputs().get(0).getShape());
		assertEquals(List.of("in", "out"), names(graph.getTensors()));
	}

	/**
	 * NHWC to NCHW, then averages over W and H: the global average pool of tinyengine_vww. The data stays in
	 * NHWC and the means reduce the same elements along the remapped axes.
	 */
	@Test
	void transposeThatMovesDataIsImportedWhenMeansReduceItBackToTheFileOrder() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 3, 3, 16);
		int permutation = w.int32Constant("perm", new int[] {0, 3, 1, 2}, 4);
		int nchw = w.tensor("nchw", INT8, 1, 16, 3, 3);
		int lastAxis = w.int32Constant("w", new int[] {3}, 1);
		int perRow = w.tensor("perRow", INT8, 1, 16, 3);
		int secondAxis = w.int32Constant("h", new int[] {-1}, 1);
		int out = w.tensor("out", INT8, 1, 16);
		w.operator(TRANSPOSE, new int[] {in, permutation}, new int[] {nchw});
		w.operator(MEAN, new int[] {nchw, lastAxis}, new int[] {perRow}, REDUCER_OPTIONS, reducer(false));
		w.operator(MEAN, new int[] {perRow, secondAxis}, new int[] {out}, REDUCER_OPTIONS, reducer(false));

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "gap");

		Reshape reshape = (Reshape) graph.getOperators().get(0);
		Mean overW = (Mean) graph.getOperators().get(1);
		Mean overH = (Mean) graph.getOperators().get(2);
		assertEquals(List.of(1, 3, 3, 16), reshape.getOutputs().get(0).getShape());
		assertEquals(List.of(2), overW.getAxes());
		assertEquals(List.of(1, 3, 16), overW.getOutputs().get(0).getShape());
		assertEquals(List.of(1), overH.getAxes());
		assertFalse(overH.isKeepDims());
		assertEquals(List.of(1, 16), graph.getOutputs().get(0).getShape());
	}

	@Test
	void transposeThatMovesDataIntoAnyOtherReaderIsUnsupported() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 3, 3, 16);
		int permutation = w.int32Constant("perm", new int[] {0, 3, 1, 2}, 4);
		int nchw = w.tensor("nchw", INT8, 1, 16, 3, 3);
		int out = w.tensor("out", INT8, 1, 144);
		w.operator(TRANSPOSE, new int[] {in, permutation}, new int[] {nchw});
		w.operator(RESHAPE, new int[] {nchw}, new int[] {out});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(out).write(), "t"));

		assertEquals(List.of("operator 1 (RESHAPE, inputs 'nchw' -> 'out'): unsupported: reads tensor 2 'nchw' in the"
				+ " axis order from before operator 0 (TRANSPOSE) with permutation [0, 3, 1, 2]; the IR has no"
				+ " transpose, and only MEAN can read a tensor whose data a transpose moves"), e.problems());
	}

	@Test
	void transposedGraphOutputIsUnsupported() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 2, 3);
		int permutation = w.int64Constant("perm", new long[] {0, 2, 1}, 3);
		int out = w.tensor("out", INT8, 1, 3, 2);
		w.operator(TRANSPOSE, new int[] {in, permutation}, new int[] {out});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(out).write(), "t"));

		assertEquals(List.of("subgraph 0: unsupported: output 0, tensor 2 'out', is in the axis order from before"
				+ " operator 0 (TRANSPOSE) with permutation [0, 2, 1]; the IR has no transpose"), e.problems());
	}

	@Test
	void parametersMustBeIntegerConstantsThatFitTheInput() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4, 4, 2);
		int computedAxes = w.tensor("computed", TfliteModelWriter.INT32, 1);
		int mean = w.tensor("mean", INT8, 1, 4, 2);
		int shortPaddings = w.int32Constant("short", new int[] {1, 1}, 1, 2);
		int padded = w.tensor("padded", INT8, 1, 4, 6);
		int hugeAxis = w.int64Constant("huge", new long[] {1L << 40}, 1);
		int squeezed = w.tensor("squeezed", INT8, 1, 4);
		w.operator(MEAN, new int[] {in, computedAxes}, new int[] {mean});
		w.operator(PAD, new int[] {mean, shortPaddings}, new int[] {padded});
		w.operator(MEAN, new int[] {padded, hugeAxis}, new int[] {squeezed});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in, computedAxes).outputs(squeezed).write(), "p"));

		assertEquals(List.of(
				"operator 0 (MEAN, inputs 'in', 'computed' -> 'mean'): axis tensor 1 'computed' must be a constant",
				"operator 1 (PAD, inputs 'mean', 'short' -> 'padded'): 2 padding values for an input of rank 3,"
						+ " expected 6",
				"operator 2 (MEAN, inputs 'padded', 'huge' -> 'squeezed'): axis tensor 5 'huge' holds 1099511627776,"
						+ " outside the int range"),
				e.problems());
	}
}
