package dev.tinyforge.reference.kernels;

import static dev.tinyforge.reference.kernels.TestGraph.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.reference.ReferenceInterpreter;

class ReshapeKernelTest {

	private final TestGraph g = new TestGraph();

	@Test
	void keepsTheBytes() {
		g.add(IrFactory.eINSTANCE.createReshape(), g.int8("y", 1f, 0, 1, 6), g.input("x", 1f, 0, 1, 2, 3));

		assertArrayEquals(bytes(1, 2, 3, 4, 5, 6), g.run(bytes(1, 2, 3, 4, 5, 6)));
	}

	@Test
	void rejectsADifferentSize() {
		g.add(IrFactory.eINSTANCE.createReshape(), g.int8("y", 1f, 0, 1, 5), g.input("x", 1f, 0, 1, 2, 3));

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new ReferenceInterpreter(g.graph()));
		assertTrue(e.getMessage().contains("reshape0"), e.getMessage());
	}
}
