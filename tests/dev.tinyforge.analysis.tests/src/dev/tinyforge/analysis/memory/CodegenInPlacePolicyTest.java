package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.cost.KernelScratchModel;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each in-place rule on a hand-made graph: an output shares its input's offset exactly when the rule allows. */
class CodegenInPlacePolicyTest {

	private static final int INT8 = 1;
	private static final int FLOAT = 4;

	private final LayerGraph.Builder b = new LayerGraph.Builder();
	private final InPlacePolicy policy = new CodegenInPlacePolicy();

	/** x [1,2,2,4] -> reshape -> y [1,16]: one 16-byte buffer. */
	@Test
	void reshapeWritesOverItsInput() {
		int x = act("x", INT8, 1, 2, 2, 4);
		int y = act("y", INT8, 1, 16);
		op(OpKind.RESHAPE, y, x);
		NetworkAnalysis a = analyze(x, y);

		assertEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(16, a.liveBytes(0));
		assertEquals(16, a.arenaBytes());
	}

	@Test
	void anInputTheCallerReadsAfterwardsIsNotOverwritten() {
		int x = act("x", INT8, 1, 2, 2, 4);
		int y = act("y", INT8, 1, 16);
		op(OpKind.RESHAPE, y, x);
		NetworkAnalysis a = new NetworkAnalyzer().analyze(b.inputs(x).outputs(y, x).build());

		assertNotEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(32, a.liveBytes(0));
	}

	/** op0 reshapes x while op1 still reads it, so op0 writes elsewhere; op1 is x's last reader and overwrites it. */
	@Test
	void anInputReadLaterIsOverwrittenOnlyByItsLastReader() {
		int x = act("x", INT8, 1, 16);
		int y = act("y", INT8, 1, 16);
		int z = act("z", INT8, 1, 16);
		op(OpKind.RESHAPE, y, x);
		op(OpKind.LOGISTIC, z, x);
		NetworkAnalysis a = analyze(x, y, z);

		assertNotEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(a.tensorOffset(x), a.tensorOffset(z));
	}

	/**
	 * [1,8,8,16] -> depthwise 3x3 stride 2 SAME -> [1,4,4,16] -> average pool -> [1,1,1,16]. The depthwise
	 * writes over its input, which dies there; the pool reads only the 256-byte output. Step 0: 1,024 + the
	 * padded channel 9 x 9 = 1,105; step 1: 256 + 16.
	 */
	@Test
	void depthwiseWithDepthMultiplierOneRunsInPlaceAtAnyStride() {
		int x = act("x", INT8, 1, 8, 8, 16);
		int y = act("y", INT8, 1, 4, 4, 16);
		int z = act("z", INT8, 1, 1, 1, 16);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {x, filter(1, 3, 3, 16)}, new int[] {y},
				Window.conv(2, 2, true));
		b.op("pool", "pool", OpKind.AVERAGE_POOL_2D, new int[] {y}, new int[] {z}, Window.pool(4, 4, 1, 1, false));
		NetworkAnalysis a = analyze(x, z);

		assertEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(1_024 + 81, a.liveBytes(0));
		assertEquals(256 + 16, a.liveBytes(1));
	}

	@Test
	void depthwiseWithDepthMultiplierTwoNeedsAnOutputBuffer() {
		int x = act("x", INT8, 1, 4, 4, 8);
		int y = act("y", INT8, 1, 4, 4, 16);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {x, filter(1, 3, 3, 16)}, new int[] {y},
				Window.conv(1, 1, true));
		NetworkAnalysis a = analyze(x, y);

		assertNotEquals(a.tensorOffset(x), a.tensorOffset(y));
	}

	/** A depthwise output larger than its input (not a SAME or VALID window) would not fit the input's buffer. */
	@Test
	void depthwiseLargerThanItsInputNeedsAnOutputBuffer() {
		int x = act("x", INT8, 1, 4, 4, 8);
		int y = act("y", INT8, 1, 8, 8, 8);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {x, filter(1, 3, 3, 8)}, new int[] {y},
				Window.conv(1, 1, true));
		LayerGraph g = b.inputs(x).outputs(y).build();

		assertFalse(policy.writesOver(g, 0, 0));
	}

	/**
	 * op0: c = x + y, where x is read again by op1, so c overwrites y; op1: d = c * x, both die, so d
	 * overwrites the first, c, and with it y's buffer.
	 */
	@ParameterizedTest
	@EnumSource(value = OpKind.class, names = {"ADD", "MUL"})
	void elementWiseBinaryOperatorsOverwriteAnInputThatDies(OpKind kind) {
		int x = act("x", INT8, 1, 4, 4, 8);
		int y = act("y", INT8, 1, 4, 4, 8);
		int c = act("c", INT8, 1, 4, 4, 8);
		int d = act("d", INT8, 1, 4, 4, 8);
		op(kind, c, x, y);
		op(kind == OpKind.ADD ? OpKind.MUL : OpKind.ADD, d, c, x);
		NetworkAnalysis a = new NetworkAnalyzer().analyze(b.inputs(x, y).outputs(d).build());

		assertEquals(a.tensorOffset(y), a.tensorOffset(c));
		assertEquals(a.tensorOffset(c), a.tensorOffset(d));
		assertNotEquals(a.tensorOffset(x), a.tensorOffset(y));
	}

	/** The broadcast operand [1,1,1,8] dies first in operand order but is smaller than the output; x is not. */
	@Test
	void binaryOperatorsOverwriteOnlyAnInputOfTheOutputsSize() {
		int bias = act("bias", INT8, 1, 1, 1, 8);
		int x = act("x", INT8, 1, 4, 4, 8);
		int c = act("c", INT8, 1, 4, 4, 8);
		op(OpKind.ADD, c, bias, x);
		LayerGraph g = b.inputs(bias, x).outputs(c).build();
		NetworkAnalysis a = new NetworkAnalyzer().analyze(g);

		assertFalse(policy.writesOver(g, 0, 0));
		assertEquals(a.tensorOffset(x), a.tensorOffset(c));
	}

	@Test
	void logisticAndRequantizationRunInPlace() {
		int x = act("x", INT8, 1, 16);
		int y = act("y", INT8, 1, 16);
		int z = act("z", INT8, 1, 16);
		op(OpKind.LOGISTIC, y, x);
		op(OpKind.QUANTIZE, z, y);
		NetworkAnalysis a = analyze(x, z);

		assertEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(a.tensorOffset(y), a.tensorOffset(z));
		assertEquals(16, a.arenaBytes());
	}

	/** float [1,16] -> quantize -> int8 -> dequantize -> float: the element sizes differ at both steps. */
	/**
	 * Quantizing floats to int8 writes each byte at or before the float it came from, so it runs over its input;
	 * what the input took beyond the output is free from the next step on. Dequantizing to floats would write
	 * past floats it has not read: its own buffer.
	 */
	@Test
	void quantizingToSmallerElementsRunsInPlaceDequantizingToLargerOnesDoesNot() {
		int x = act("x", FLOAT, 1, 16);
		int q = act("q", INT8, 1, 16);
		int f = act("f", FLOAT, 1, 16);
		op(OpKind.QUANTIZE, q, x);
		op(OpKind.DEQUANTIZE, f, q);
		NetworkAnalysis a = analyze(x, f);

		assertEquals(a.tensorOffset(x), a.tensorOffset(q));
		assertNotEquals(a.tensorOffset(q), a.tensorOffset(f));
		assertEquals(64, a.liveBytes(0));
		assertEquals(16 + 64, a.liveBytes(1));
	}

	/** x [1,4,4,8] -> pad -> y [1,6,6,8]: the padded tensor starts where its input did, in one 288-byte buffer. */
	@Test
	void padWritesOverItsInput() {
		int x = act("x", INT8, 1, 4, 4, 8);
		int y = act("y", INT8, 1, 6, 6, 8);
		op(OpKind.PAD, y, x);
		NetworkAnalysis a = analyze(x, y);

		assertEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(6 * 6 * 8, a.arenaBytes());
	}

	/** Pools, MEAN and SOFTMAX read neighbours or the whole input after writing, even at equal sizes. */
	@ParameterizedTest
	@EnumSource(value = OpKind.class, names = {"AVERAGE_POOL_2D", "MAX_POOL_2D", "MEAN", "SOFTMAX"})
	void windowedAndReducingOperatorsNeverRunInPlace(OpKind kind) {
		int x = act("x", INT8, 1, 4, 4, 8);
		int y = act("y", INT8, 1, 4, 4, 8);
		b.op("op", "op", kind, new int[] {x}, new int[] {y}, Window.pool(1, 1, 1, 1, true));
		LayerGraph g = b.inputs(x).outputs(y).build();

		assertFalse(policy.writesOver(g, 0, 0));
	}

	/** A 1x1 convolution and a fully connected layer of equal sizes still read a whole pixel or row per output. */
	/** Windows larger than a pixel read neighbours of what they wrote; fully connected layers read everything. */
	@Test
	void windowedConvolutionsAndFullyConnectedNeverRunInPlace() {
		int x = act("x", INT8, 1, 4, 4, 8);
		int y = act("y", INT8, 1, 4, 4, 8);
		int z = act("z", INT8, 1, 128);
		int w = act("w", INT8, 1, 128);
		b.op("conv", "conv", OpKind.CONV_2D, new int[] {x, filter(8, 3, 3, 8)}, new int[] {y}, Window.conv(1, 1, true));
		op(OpKind.RESHAPE, z, y);
		b.op("fc", "fc", OpKind.FULLY_CONNECTED, new int[] {z, b.tensor("weights", new int[] {128, 128}, INT8, true)},
				new int[] {w}, Window.NONE);
		LayerGraph g = b.inputs(x).outputs(w).build();

		assertFalse(policy.writesOver(g, 0, 0));
		assertTrue(policy.writesOver(g, 1, 0));
		assertFalse(policy.writesOver(g, 2, 0));
	}

	/**
	 * x [1,40,40,8] -> 1x1 conv -> y [1,40,40,48], tinyengine_vww's widening convolution: the input may start
	 * 2 * 48 + 40 * 1,599 = 64,056 bytes into the output, so the step needs 64,056 + 12,800 bytes, not 12,800 +
	 * 76,800.
	 */
	@Test
	void aWideningPointwiseConvolutionReadsItsInputFromTheEndOfItsOutput() {
		int x = act("x", INT8, 1, 40, 40, 8);
		int y = act("y", INT8, 1, 40, 40, 48);
		b.op("conv", "conv", OpKind.CONV_2D, new int[] {x, filter(48, 1, 1, 8)}, new int[] {y}, Window.conv(1, 1, true));
		NetworkAnalysis a = analyze(x, y);

		assertEquals(64_056, policy.inputLead(b.build(), 0, 0));
		assertEquals(64_056, a.tensorOffset(x) - a.tensorOffset(y));
		assertEquals(64_056 + 12_800 + 2 * 8 * 2, a.liveBytes(0));
	}

	/** Narrowing 48 to 16 channels, the output may start two output pixels, 32 bytes, before the input. */
	@Test
	void aNarrowingPointwiseConvolutionWritesJustBeforeItsInput() {
		int x = act("x", INT8, 1, 20, 20, 48);
		int y = act("y", INT8, 1, 20, 20, 16);
		b.op("conv", "conv", OpKind.CONV_2D, new int[] {x, filter(16, 1, 1, 48)}, new int[] {y}, Window.conv(1, 1, true));
		NetworkAnalysis a = analyze(x, y);

		assertEquals(32, a.tensorOffset(x) - a.tensorOffset(y));
		assertEquals(32 + 19_200 + 2 * 48 * 2, a.liveBytes(0));
	}

	/**
	 * x [1,8,8,16] -> 1x1 -> y [1,8,8,8] -> 1x1 -> z [1,8,8,48]. The crowded second step goes first: y lies 2,616
	 * bytes into z. The first would then put x 16 bytes after y, reaching 1,024 bytes beyond z's end, further than
	 * any step needs, and so writes y apart from x.
	 */
	@Test
	void aLeadThatWouldStretchAChainBeyondItsWidestStepIsDeclined() {
		int x = act("x", INT8, 1, 8, 8, 16);
		int y = act("y", INT8, 1, 8, 8, 8);
		int z = act("z", INT8, 1, 8, 8, 48);
		b.op("narrow", "narrow", OpKind.CONV_2D, new int[] {x, filter(8, 1, 1, 16)}, new int[] {y},
				Window.conv(1, 1, true));
		b.op("widen", "widen", OpKind.CONV_2D, new int[] {y, filter(48, 1, 1, 8)}, new int[] {z},
				Window.conv(1, 1, true));
		NetworkAnalysis a = analyze(x, z);

		assertEquals(2_616, a.tensorOffset(y) - a.tensorOffset(z));
		assertTrue(a.tensorOffset(x) + 1_024 <= a.tensorOffset(y) || a.tensorOffset(y) + 512 <= a.tensorOffset(x));
	}

	/**
	 * x [1,40,40,48] -> PAD 1 all round -> [1,42,42,48] -> depthwise 3x3 stride 2 VALID -> [1,20,20,48]: the
	 * depthwise pads as it reads, so the padded map never exists: step 0 holds x only, step 1 x and the
	 * 42 x 42 padded channel, and the depthwise output lies where x does.
	 */
	@Test
	void aPadBeforeAnUnpaddedDepthwiseIsFusedIntoIt() {
		int x = act("x", INT8, 1, 40, 40, 48);
		int p = act("p", INT8, 1, 42, 42, 48);
		int y = act("y", INT8, 1, 20, 20, 48);
		int pad = b.op("pad", "pad", OpKind.PAD, new int[] {x}, new int[] {p}, Window.NONE);
		b.padding(pad, 1, 1);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {p, filter(1, 3, 3, 48)}, new int[] {y},
				Window.conv(2, 2, false));
		NetworkAnalysis a = analyze(x, y);

		assertEquals(1, a.fusedInto(0));
		assertEquals(-1, a.fusedInto(1));
		assertEquals(a.tensorOffset(x), a.tensorOffset(p));
		assertEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(76_800, a.liveBytes(0));
		assertEquals(76_800 + 42 * 42, a.liveBytes(1));
	}

	/** A SAME depthwise pads on its own, and a padded map read twice has to exist: the PAD runs. */
	@Test
	void aPadBeforeAPaddedDepthwiseOrReadTwiceIsNotFused() {
		int x = act("x", INT8, 1, 8, 8, 4);
		int p = act("p", INT8, 1, 10, 10, 4);
		int y = act("y", INT8, 1, 10, 10, 4);
		int q = act("q", INT8, 1, 10, 10, 4);
		int r = act("r", INT8, 1, 8, 8, 4);
		int s = act("s", INT8, 1, 10, 10, 4);
		int pad = b.op("pad", "pad", OpKind.PAD, new int[] {x}, new int[] {p}, Window.NONE);
		b.padding(pad, 1, 1);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] {p, filter(1, 3, 3, 4)}, new int[] {y},
				Window.conv(1, 1, true));
		int padTwice = b.op("pad2", "pad2", OpKind.PAD, new int[] {y}, new int[] {q}, Window.NONE);
		b.padding(padTwice, 0, 0);
		b.op("dw2", "dw2", OpKind.DEPTHWISE_CONV_2D, new int[] {q, b.tensor("f2", new int[] {1, 3, 3, 4}, INT8, true)},
				new int[] {r}, Window.conv(1, 1, false));
		op(OpKind.LOGISTIC, s, q);
		LayerGraph g = b.inputs(x).outputs(r, s).build();

		assertEquals(-1, policy.fusedInto(g, 0));
		assertEquals(-1, policy.fusedInto(g, 2));
	}

	@Test
	void noneNeverWritesOver() {
		int x = act("x", INT8, 1, 2, 2, 4);
		int y = act("y", INT8, 1, 16);
		op(OpKind.RESHAPE, y, x);
		LayerGraph g = b.inputs(x).outputs(y).build();
		NetworkAnalysis a =
				new NetworkAnalyzer(new KernelScratchModel(), InPlacePolicy.NONE, new GreedyBySizePlanner()).analyze(g);

		assertFalse(InPlacePolicy.NONE.writesOver(g, 0, 0));
		assertNotEquals(a.tensorOffset(x), a.tensorOffset(y));
		assertEquals(32, a.arenaBytes());
	}

	private NetworkAnalysis analyze(int input, int... outputs) {
		return new NetworkAnalyzer().analyze(b.inputs(input).outputs(outputs).build());
	}

	private int act(String name, int elementBytes, int... shape) {
		return b.tensor(name, shape, elementBytes, false);
	}

	private int filter(int... shape) {
		return b.tensor("filter" + shape[3], shape, INT8, true);
	}

	private void op(OpKind kind, int output, int... inputs) {
		b.op(kind.name(), kind.name(), kind, inputs, new int[] {output}, Window.NONE);
	}
}
