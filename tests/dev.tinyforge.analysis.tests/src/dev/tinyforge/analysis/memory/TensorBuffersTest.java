package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import org.junit.jupiter.api.Test;

class TensorBuffersTest {

	private final TensorLifetimes lifetimes = new TensorLifetimes();
	private final TensorBuffers tensorBuffers = new TensorBuffers();
	private final BufferSet set = new BufferSet();

	/**
	 * Tensor ids: in 0, weights 1, a 2, b 3, c 4, d 5. op0: a = conv1x1(in) [1,4,4,16], reading in from 152
	 * bytes into a (2 * 16 + 8 * 15, see CodegenInPlacePolicy); op1: b = depthwise stride 2 (a) [1,2,2,16], in
	 * place; op2: c = reshape(b) [1,64], in place; op3: d = softmax(c). Chains: {in, a, b, c}, {d}.
	 */
	private LayerGraph chain(LayerGraph.Builder builder) {
		int in = builder.tensor("in", new int[] {1, 4, 4, 8}, 1, false);
		int weights = builder.tensor("w", new int[] {16, 1, 1, 8}, 1, true);
		int a = builder.tensor("a", new int[] {1, 4, 4, 16}, 1, false);
		int b = builder.tensor("b", new int[] {1, 2, 2, 16}, 1, false);
		int c = builder.tensor("c", new int[] {1, 64}, 1, false);
		int d = builder.tensor("d", new int[] {1, 64}, 1, false);
		int dwFilter = builder.tensor("dwf", new int[] {1, 3, 3, 16}, 1, true);
		builder.op("conv", "conv", OpKind.CONV_2D, new int[] {in, weights}, new int[] {a}, Window.conv(1, 1, true));
		builder.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {a, dwFilter}, new int[] {b},
				Window.conv(2, 2, true));
		builder.op("reshape", "reshape", OpKind.RESHAPE, new int[] {b}, new int[] {c}, Window.NONE);
		builder.op("softmax", "softmax", OpKind.SOFTMAX, new int[] {c}, new int[] {d}, Window.NONE);
		return builder.inputs(in).outputs(d).build();
	}

	/**
	 * The chain is one group with a buffer per footprint: in and a at step 0, 152 + 128 = 280 bytes; a and b at
	 * step 1, 256; b and c, then c alone, 64. Every tensor lies at its displacement from the group's base.
	 */
	@Test
	void anInPlaceChainIsOneGroupWithABufferPerFootprint() {
		LayerGraph g = chain(new LayerGraph.Builder());
		lifetimes.compute(g);
		tensorBuffers.assign(g, lifetimes, new CodegenInPlacePolicy(), set);

		assertEquals(4, set.count());
		assertBuffer(0, 280, 0, 0);
		assertBuffer(1, 256, 1, 1);
		assertBuffer(2, 64, 2, 3);
		assertBuffer(3, 64, 3, 3);
		for (int buffer = 0; buffer < 3; buffer++) {
			assertEquals(0, set.group(buffer));
			assertEquals(0, set.displacement(buffer));
		}
		assertEquals(3, set.group(3));
		int[] expected = {0, -1, 0, 0, 0, 3, -1};
		for (int t = 0; t < expected.length; t++) {
			assertEquals(expected[t], tensorBuffers.buffer(t), "tensor " + t);
		}
		long[] offsets = {100, 100, 100, 0};
		assertEquals(252, tensorBuffers.offset(0, offsets));
		assertEquals(100, tensorBuffers.offset(2, offsets));
		assertEquals(100, tensorBuffers.offset(4, offsets));
		assertEquals(0, tensorBuffers.offset(5, offsets));
		assertEquals(-1, tensorBuffers.offset(1, offsets));
	}

	@Test
	void withoutInPlaceEveryArenaTensorHasItsOwnBufferInIdOrder() {
		LayerGraph g = chain(new LayerGraph.Builder());
		lifetimes.compute(g);
		tensorBuffers.assign(g, lifetimes, InPlacePolicy.NONE, set);

		assertEquals(5, set.count());
		assertBuffer(2, 64, 1, 2);
		assertBuffer(3, 64, 2, 3);
		assertEquals(-1, tensorBuffers.buffer(1));
		assertEquals(4, tensorBuffers.buffer(5));
	}

	@Test
	void reuseForgetsTheEarlierGraph() {
		LayerGraph.Builder builder = new LayerGraph.Builder();
		LayerGraph first = chain(builder);
		lifetimes.compute(first);
		tensorBuffers.assign(first, lifetimes, new CodegenInPlacePolicy(), set);
		int only = builder.clear().tensor("only", new int[] {1, 4}, 1, false);
		LayerGraph second = builder.inputs(only).outputs(only).build();
		set.clear();
		lifetimes.compute(second);
		tensorBuffers.assign(second, lifetimes, new CodegenInPlacePolicy(), set);

		assertEquals(1, set.count());
		assertEquals(0, tensorBuffers.buffer(only));
		assertThrows(IndexOutOfBoundsException.class, () -> tensorBuffers.buffer(1));
	}

	private void assertBuffer(int buffer, long size, int firstStep, int lastStep) {
		assertEquals(size, set.size(buffer), "size of buffer " + buffer);
		assertEquals(firstStep, set.firstStep(buffer), "first step of buffer " + buffer);
		assertEquals(lastStep, set.lastStep(buffer), "last step of buffer " + buffer);
	}
}
