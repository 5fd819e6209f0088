package dev.tinyforge.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayerGraphBuilderTest {

	/** input [1,8,8,3] -> CONV_2D 3x3 s2 SAME (kernel left to the filter) -> [1,4,4,16] -> SOFTMAX. */
	private static LayerGraph convThenSoftmax(LayerGraph.Builder b) {
		int in = b.tensor("in", new int[] {1, 8, 8, 3}, 1, false);
		int filter = b.tensor("w", new int[] {16, 3, 3, 3}, 1, true);
		int bias = b.tensor("b", new int[] {16}, 4, true);
		int conv = b.tensor("conv", new int[] {1, 4, 4, 16}, 1, false);
		int out = b.tensor("out", new int[] {1, 4, 4, 16}, 1, false);
		b.op("conv1", "stem", OpKind.CONV_2D, new int[] {in, filter, bias}, new int[] {conv}, Window.conv(2, 2, true));
		b.op("softmax", "head", OpKind.SOFTMAX, new int[] {conv}, new int[] {out}, Window.NONE);
		return b.inputs(in).outputs(out).build();
	}

	@Test
	void exposesTensors() {
		LayerGraph g = convThenSoftmax(new LayerGraph.Builder());

		assertEquals(5, g.tensorCount());
		assertEquals("w", g.tensorName(1));
		assertEquals(4, g.tensorRank(1));
		assertEquals(3, g.tensorDim(1, 2));
		assertArrayEquals(new int[] {16, 3, 3, 3}, g.tensorShape(1));
		assertEquals(432, g.tensorElements(1));
		assertEquals(432, g.tensorBytes(1));
		assertEquals(4, g.tensorElementBytes(2));
		assertEquals(64, g.tensorBytes(2));
		assertTrue(g.isConstant(1));
		assertFalse(g.isConstant(3));
		assertThrows(IndexOutOfBoundsException.class, () -> g.tensorDim(2, 1));
	}

	@Test
	void exposesOperatorsInExecutionOrder() {
		LayerGraph g = convThenSoftmax(new LayerGraph.Builder());

		assertEquals(2, g.opCount());
		assertEquals("conv1", g.opName(0));
		assertEquals("stem", g.opOrigin(0));
		assertEquals(OpKind.CONV_2D, g.opKind(0));
		assertEquals(3, g.opInputCount(0));
		assertEquals(1, g.opInput(0, 1));
		assertArrayEquals(new int[] {0, 1, 2}, g.opInputs(0));
		assertArrayEquals(new int[] {3}, g.opOutputs(0));
		assertEquals(4, g.opOutput(1, 0));
		assertThrows(IndexOutOfBoundsException.class, () -> g.opInput(1, 1));
		assertThrows(IndexOutOfBoundsException.class, () -> g.opOutput(0, 1));
	}

	@Test
	void convolutionsTakeTheirKernelFromTheFilter() {
		LayerGraph g = convThenSoftmax(new LayerGraph.Builder());

		assertEquals(new Window(3, 3, 2, 2, 1, 1, true), g.opWindow(0));
		assertEquals(3, g.kernelH(0));
		assertEquals(3, g.kernelW(0));
		assertEquals(2, g.strideH(0));
		assertEquals(2, g.strideW(0));
		assertEquals(1, g.dilationH(0));
		assertEquals(1, g.dilationW(0));
		assertTrue(g.samePadding(0));
		assertEquals(Window.NONE, g.opWindow(1));
	}

	@Test
	void recordsProducersAndGraphEnds() {
		LayerGraph g = convThenSoftmax(new LayerGraph.Builder());

		assertEquals(-1, g.producer(0), "graph input");
		assertEquals(-1, g.producer(1), "constant");
		assertEquals(0, g.producer(3));
		assertEquals(1, g.producer(4));
		assertArrayEquals(new int[] {0}, g.graphInputs());
		assertArrayEquals(new int[] {4}, g.graphOutputs());
		assertEquals(1, g.graphInputCount());
		assertEquals(4, g.graphOutput(0));
	}

	@Test
	void copiesWhatItIsGivenAndWhatItHandsOut() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int[] shape = {1, 2, 2, 1};
		int[] outputs = {1};
		int in = b.tensor("in", shape, 1, false);
		b.tensor("out", shape, 1, false);
		b.op("q", "q", OpKind.QUANTIZE, new int[] {in}, outputs, Window.NONE);
		LayerGraph g = b.inputs(in).outputs(1).build();
		shape[1] = 99;
		outputs[0] = 0;
		g.tensorShape(0)[0] = 42;
		g.opOutputs(0)[0] = 42;
		g.graphInputs()[0] = 42;

		assertArrayEquals(new int[] {1, 2, 2, 1}, g.tensorShape(0));
		assertArrayEquals(new int[] {1}, g.opOutputs(0));
		assertArrayEquals(new int[] {0}, g.graphInputs());
	}

	@Test
	void clearedBuilderBuildsTheNextGraphAndLeavesEarlierOnesIntact() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		LayerGraph first = convThenSoftmax(b);
		b.clear();
		int in = b.tensor("x", new int[] {1, 2}, 1, false);
		LayerGraph second = b.inputs(in).outputs(in).build();
		LayerGraph third = convThenSoftmax(b.clear());

		assertEquals(1, second.tensorCount());
		assertEquals(0, second.opCount());
		assertEquals("x", second.tensorName(0));
		assertEquals("w", first.tensorName(1));
		assertEquals(2, first.opCount());
		assertArrayEquals(first.tensorShape(3), third.tensorShape(3));
		assertEquals(first.opWindow(0), third.opWindow(0));
	}

	@Test
	void growsPastItsInitialCapacity() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int previous = b.tensor("t0", new int[] {1, 1, 1, 1, 1, 1}, 1, false);
		b.inputs(previous);
		for (int i = 1; i <= 200; i++) {
			int next = b.tensor("t" + i, new int[] {1, 1, 1, 1, 1, i}, 1, false);
			b.op("op" + i, "op" + i, OpKind.QUANTIZE, new int[] {previous}, new int[] {next}, Window.NONE);
			previous = next;
		}
		LayerGraph g = b.outputs(previous).build();

		assertEquals(201, g.tensorCount());
		assertEquals(200, g.opCount());
		assertEquals(150, g.tensorDim(150, 5));
		assertEquals(199, g.producer(200));
		assertEquals("op200", g.opName(199));
	}

	@Test
	void buildsAnEmptyGraph() {
		LayerGraph g = new LayerGraph.Builder().build();

		assertEquals(0, g.tensorCount());
		assertEquals(0, g.opCount());
		assertEquals(0, g.graphInputs().length);
	}

	@Test
	void windowFactoriesFillTheRest() {
		assertEquals(new Window(0, 0, 2, 1, 1, 1, true), Window.conv(2, 1, true));
		assertEquals(new Window(3, 2, 1, 2, 1, 1, false), Window.pool(3, 2, 1, 2, false));
	}
}
