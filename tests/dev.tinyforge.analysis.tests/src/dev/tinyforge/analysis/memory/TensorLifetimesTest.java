package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import org.junit.jupiter.api.Test;

class TensorLifetimesTest {

	private final TensorLifetimes lifetimes = new TensorLifetimes();

	/**
	 * op0: a = quantize(in); op1: b = softmax(a); op2: c = add(b, in); op3: d = fc(c, w);
	 * op4: e = softmax(a), read by nobody; outputs: d and b.
	 */
	@Test
	void spanFromProducerToLastConsumerOrToTheEndForOutputs() {
		LayerGraph.Builder builder = new LayerGraph.Builder();
		int in = act(builder, "in");
		int a = act(builder, "a");
		int b = act(builder, "b");
		int c = act(builder, "c");
		int w = builder.tensor("w", new int[] {4, 4}, 1, true);
		int d = act(builder, "d");
		int e = act(builder, "e");
		op(builder, OpKind.QUANTIZE, new int[] {in}, a);
		op(builder, OpKind.SOFTMAX, new int[] {a}, b);
		op(builder, OpKind.ADD, new int[] {b, in}, c);
		op(builder, OpKind.FULLY_CONNECTED, new int[] {c, w}, d);
		op(builder, OpKind.SOFTMAX, new int[] {a}, e);
		lifetimes.compute(builder.inputs(in).outputs(d, b).build());

		assertSpan(in, 0, 2);
		assertSpan(a, 0, 4);
		assertSpan(b, 1, 4);
		assertSpan(c, 2, 3);
		assertSpan(w, -1, -1);
		assertSpan(d, 3, 4);
		assertSpan(e, 4, 4);
	}

	/** op0: a = quantize(in); op1: b = add(a, in); op2: c = fc(b, w); outputs: c and a. */
	@Test
	void aTensorDiesAtItsLastReaderUnlessItIsAGraphOutput() {
		LayerGraph.Builder builder = new LayerGraph.Builder();
		int in = act(builder, "in");
		int a = act(builder, "a");
		int b = act(builder, "b");
		int c = act(builder, "c");
		int w = builder.tensor("w", new int[] {4, 4}, 1, true);
		op(builder, OpKind.QUANTIZE, new int[] {in}, a);
		op(builder, OpKind.ADD, new int[] {a, in}, b);
		op(builder, OpKind.FULLY_CONNECTED, new int[] {b, w}, c);
		lifetimes.compute(builder.inputs(in).outputs(c, a).build());

		assertFalse(lifetimes.diesAt(in, 0));
		assertTrue(lifetimes.diesAt(in, 1));
		assertTrue(lifetimes.diesAt(b, 2));
		assertFalse(lifetimes.diesAt(a, 1), "a graph output outlives its readers");
		assertFalse(lifetimes.diesAt(a, 2));
		assertFalse(lifetimes.diesAt(c, 2), "the caller reads c after the last step");
		assertFalse(lifetimes.diesAt(w, 2), "constants live in Flash");
	}

	@Test
	void unreadOutputOfAnEarlyOperatorLivesOnlyAtItsStep() {
		LayerGraph.Builder builder = new LayerGraph.Builder();
		int in = act(builder, "in");
		int unread = act(builder, "unread");
		int out = act(builder, "out");
		op(builder, OpKind.QUANTIZE, new int[] {in}, unread);
		op(builder, OpKind.SOFTMAX, new int[] {in}, out);
		lifetimes.compute(builder.inputs(in).outputs(out).build());

		assertSpan(unread, 0, 0);
		assertSpan(in, 0, 1);
	}

	@Test
	void graphWithoutOperatorsHasTheSingleStepZero() {
		LayerGraph.Builder builder = new LayerGraph.Builder();
		int in = act(builder, "in");
		lifetimes.compute(builder.inputs(in).outputs(in).build());

		assertSpan(in, 0, 0);
	}

	@Test
	void reuseForgetsTheEarlierGraph() {
		LayerGraph.Builder builder = new LayerGraph.Builder();
		int in = act(builder, "in");
		int out = act(builder, "out");
		op(builder, OpKind.SOFTMAX, new int[] {in}, out);
		lifetimes.compute(builder.inputs(in).outputs(out).build());
		builder.clear();
		int only = act(builder, "only");
		lifetimes.compute(builder.inputs(only).outputs(only).build());

		assertEquals(1, lifetimes.tensorCount());
		assertSpan(only, 0, 0);
		assertThrows(IndexOutOfBoundsException.class, () -> lifetimes.firstStep(1));
	}

	private void assertSpan(int tensor, int first, int last) {
		assertEquals(first, lifetimes.firstStep(tensor), "first step of tensor " + tensor);
		assertEquals(last, lifetimes.lastStep(tensor), "last step of tensor " + tensor);
	}

	private static int act(LayerGraph.Builder b, String name) {
		return b.tensor(name, new int[] {1, 4}, 1, false);
	}

	private static void op(LayerGraph.Builder b, OpKind kind, int[] inputs, int output) {
		b.op(kind.name(), kind.name(), kind, inputs, new int[] {output}, Window.NONE);
	}
}
