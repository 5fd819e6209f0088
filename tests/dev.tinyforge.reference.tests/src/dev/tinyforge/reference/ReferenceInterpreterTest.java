package dev.tinyforge.reference;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.model.ir.impl.OperatorImpl;
import dev.tinyforge.reference.kernels.TestGraph;

class ReferenceInterpreterTest {

	private final TestGraph g = new TestGraph();

	/**
	 * r = reshape(x) to [1, 2], then add(r, x), x broadcast over the leading dimension: twice the input. (An
	 * operator cannot read one tensor twice: the IR's input list is unique.)
	 */
	private ReferenceInterpreter doubling() {
		Tensor x = g.input("x", 1f, 0, 2);
		Tensor r = g.int8("r", 1f, 0, 1, 2);
		g.add(IrFactory.eINSTANCE.createReshape(), r, x);
		g.add(IrFactory.eINSTANCE.createAdd(), g.int8("y", 1f, 0, 1, 2), r, x);
		return new ReferenceInterpreter(g.graph());
	}

	@Test
	void runsTheOperatorsInOrder() {
		assertArrayEquals(bytes(6, -8), doubling().invoke(List.of(bytes(3, -4))).get(0));
	}

	@Test
	void tellsTheListenerEachOperatorsOutputs() {
		ReferenceInterpreter interpreter = doubling();
		List<String> calls = new ArrayList<>();
		interpreter.setListener((index, op, outputs) -> calls.add(index + " " + op.getName() + " "
				+ Arrays.toString(outputs.get(0))));

		interpreter.invoke(List.of(bytes(3, -4)));

		assertEquals(List.of("0 reshape0 [3, -4]", "1 add1 [6, -8]"), calls);
	}

	@Test
	void eachInvocationStartsAfresh() {
		ReferenceInterpreter interpreter = doubling();
		byte[] first = interpreter.invoke(List.of(bytes(1, 2))).get(0);
		byte[] second = interpreter.invoke(List.of(bytes(5, 6))).get(0);

		assertArrayEquals(bytes(2, 4), first);
		assertArrayEquals(bytes(10, 12), second);
	}

	@Test
	void rejectsInputsThatDoNotFitTheGraph() {
		ReferenceInterpreter interpreter = doubling();

		assertThrows(IllegalArgumentException.class, () -> interpreter.invoke(List.of(bytes(1, 2, 3))));
		assertThrows(IllegalArgumentException.class, () -> interpreter.invoke(List.of()));
	}

	@Test
	void rejectsAnUnsupportedOperatorByName() {
		Operator unknown = new OperatorImpl() {
		};
		g.add(unknown, g.int8("y", 1f, 0, 1), g.input("x", 1f, 0, 1));

		assertRejected("operator0");
	}

	@Test
	void rejectsAnInputThatNothingComputes() {
		Tensor dangling = g.int8("dangling", 1f, 0, 2);
		g.add(IrFactory.eINSTANCE.createReshape(), g.int8("y", 1f, 0, 2), dangling);

		assertRejected("reshape0", "dangling");
	}

	@Test
	void rejectsAConstantWithoutData() {
		Tensor filter = g.weights("filter", new float[] { 1f }, new int[] { 1 }, 1, 1, 1, 1);
		filter.setData(null);
		g.add(IrFactory.eINSTANCE.createConv2D(), g.int8("y", 1f, 0, 1, 1, 1, 1), g.input("x", 1f, 0, 1, 1, 1, 1),
				filter);

		assertRejected("conv2d0", "filter");
	}

	@Test
	void rejectsAnOutputOfTheWrongShape() {
		Tensor filter = g.weights("filter", new float[] { 1f }, new int[] { 1, 1, 1, 1 }, 1, 2, 2, 1);
		Conv2D conv = g.add(IrFactory.eINSTANCE.createConv2D(), g.int8("y", 1f, 0, 1, 3, 3, 1),
				g.input("x", 1f, 0, 1, 3, 3, 1), filter);
		conv.setPadding(Padding.VALID);

		assertRejected("conv2d0", "'y'", "[1, 2, 2, 1]");
	}

	private void assertRejected(String... fragments) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new ReferenceInterpreter(g.graph()));
		for (String fragment : fragments) {
			assertTrue(e.getMessage().contains(fragment), e.getMessage());
		}
	}
}
