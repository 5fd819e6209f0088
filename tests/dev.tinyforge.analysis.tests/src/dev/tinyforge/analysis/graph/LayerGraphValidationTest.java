package dev.tinyforge.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LayerGraphValidationTest {

	private static int activation(LayerGraph.Builder b, String name, int... shape) {
		return b.tensor(name, shape, 1, false);
	}

	private static int constant(LayerGraph.Builder b, String name, int... shape) {
		return b.tensor(name, shape, 1, true);
	}

	private static int[] ids(int... ids) {
		return ids;
	}

	/** A CONV_2D from a [1,4,4,2] graph input with the given filter and output shapes. */
	private static Consumer<LayerGraph.Builder> conv(int[] filterShape, int[] outShape, Window window) {
		return b -> {
			int in = activation(b, "in", 1, 4, 4, 2);
			int filter = constant(b, "f", filterShape);
			int out = activation(b, "out", outShape);
			b.op("conv", "conv", OpKind.CONV_2D, ids(in, filter), ids(out), window);
			b.inputs(in).outputs(out);
		};
	}

	/** A single-input operator of the given kind from a graph input. */
	private static Consumer<LayerGraph.Builder> unary(OpKind kind, int[] inShape, int[] outShape, Window window) {
		return b -> {
			int in = activation(b, "in", inShape);
			int out = activation(b, "out", outShape);
			b.op("op", "op", kind, ids(in), ids(out), window);
			b.inputs(in).outputs(out);
		};
	}

	static Stream<Arguments> brokenGraphs() {
		return Stream.of(
				Arguments.of("input id out of range", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int out = activation(b, "out", 1, 4);
					b.op("sm", "sm", OpKind.SOFTMAX, ids(7), ids(out), Window.NONE);
					b.inputs(in).outputs(out);
				}, "operator 'sm' (#0, SOFTMAX) input 0 is tensor id 7, outside [0, 2)"),
				Arguments.of("output id out of range", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					b.op("sm", "sm", OpKind.SOFTMAX, ids(in), ids(-1), Window.NONE);
					b.inputs(in);
				}, "operator 'sm' (#0, SOFTMAX) output 0 is tensor id -1"),
				Arguments.of("tensor produced twice", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int out = activation(b, "y", 1, 4);
					b.op("a", "a", OpKind.SOFTMAX, ids(in), ids(out), Window.NONE);
					b.op("b", "b", OpKind.SOFTMAX, ids(in), ids(out), Window.NONE);
					b.inputs(in).outputs(out);
				}, "tensor 'y' (#1) is produced by operator 'a' (#0, SOFTMAX) and again by operator 'b' (#1, SOFTMAX)"),
				Arguments.of("read before produced", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int late = activation(b, "late", 1, 4);
					int out = activation(b, "out", 1, 4);
					b.op("first", "first", OpKind.SOFTMAX, ids(late), ids(out), Window.NONE);
					b.op("second", "second", OpKind.SOFTMAX, ids(in), ids(late), Window.NONE);
					b.inputs(in).outputs(out);
				}, "operator 'first' (#0, SOFTMAX) reads tensor 'late' (#1) before any operator produces it"),
				Arguments.of("graph input overwritten", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int other = activation(b, "other", 1, 4);
					b.op("sm", "sm", OpKind.SOFTMAX, ids(other), ids(in), Window.NONE);
					b.inputs(in, other).outputs(in);
				}, "operator 'sm' (#0, SOFTMAX) writes tensor 'in' (#0), which is a graph input"),
				Arguments.of("constant written", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int w = constant(b, "w", 1, 4);
					b.op("sm", "sm", OpKind.SOFTMAX, ids(in), ids(w), Window.NONE);
					b.inputs(in).outputs(in);
				}, "operator 'sm' (#0, SOFTMAX) writes constant tensor 'w' (#1)"),
				Arguments.of("tensor without a source", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					activation(b, "lost", 1, 4);
					b.inputs(in).outputs(in);
				}, "tensor 'lost' (#1) is neither a constant, a graph input nor produced by any operator"),
				Arguments.of("constant graph output", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int w = constant(b, "w", 4);
					b.inputs(in).outputs(in, w);
				}, "graph output 1 is constant tensor 'w' (#1)"),
				Arguments.of("graph input out of range", (Consumer<LayerGraph.Builder>) b -> b.inputs(5),
						"graph input 0 is tensor id 5, outside [0, 0)"),
				Arguments.of("filter not constant", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4, 4, 2);
					int filter = activation(b, "f", 8, 3, 3, 2);
					int out = activation(b, "out", 1, 4, 4, 8);
					b.op("conv", "conv", OpKind.CONV_2D, ids(in, filter), ids(out), Window.conv(1, 1, true));
					b.inputs(in, filter).outputs(out);
				}, "operator 'conv' (#0, CONV_2D) needs a constant filter [cout,kh,kw,cin] as input 1, "
						+ "got non-constant tensor 'f' (#1) [8, 3, 3, 2]"),
				Arguments.of("filter of the wrong rank", conv(new int[] {8, 9, 2}, new int[] {1, 4, 4, 8},
						Window.conv(1, 1, true)),
						"needs a constant filter [cout,kh,kw,cin] as input 1, got constant tensor 'f'"),
				Arguments.of("filter channels contradict the input",
						conv(new int[] {8, 3, 3, 3}, new int[] {1, 4, 4, 8}, Window.conv(1, 1, true)),
						"operator 'conv' (#0, CONV_2D): filter [8, 3, 3, 3] does not map input [1, 4, 4, 2]"
								+ " to output [1, 4, 4, 8]"),
				Arguments.of("filter channels contradict the output",
						conv(new int[] {8, 3, 3, 2}, new int[] {1, 4, 4, 16}, Window.conv(1, 1, true)),
						"filter [8, 3, 3, 2] does not map input [1, 4, 4, 2] to output [1, 4, 4, 16]"),
				Arguments.of("kernel contradicts the filter",
						conv(new int[] {8, 3, 3, 2}, new int[] {1, 4, 4, 8}, new Window(5, 5, 1, 1, 1, 1, true)),
						"operator 'conv' (#0, CONV_2D) has kernel 5x5, which contradicts its filter [8, 3, 3, 2]"),
				Arguments.of("zero stride",
						conv(new int[] {8, 3, 3, 2}, new int[] {1, 4, 4, 8}, Window.conv(0, 1, true)),
						"operator 'conv' (#0, CONV_2D) needs strides and dilations of at least 1"),
				Arguments.of("convolution without a window",
						conv(new int[] {8, 3, 3, 2}, new int[] {1, 4, 4, 8}, Window.NONE),
						"operator 'conv' (#0, CONV_2D) needs strides and dilations of at least 1"),
				Arguments.of("depthwise filter not [1,kh,kw,cout]", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4, 4, 8);
					int filter = constant(b, "f", 8, 3, 3, 1);
					int out = activation(b, "out", 1, 4, 4, 8);
					b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, ids(in, filter), ids(out), Window.conv(1, 1, true));
					b.inputs(in).outputs(out);
				}, "operator 'dw' (#0, DEPTHWISE_CONV_2D): depthwise filter [8, 3, 3, 1] does not map input"),
				Arguments.of("bias of the wrong size", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4, 4, 8);
					int filter = constant(b, "f", 1, 3, 3, 8);
					int bias = b.tensor("bias", new int[] {4}, 4, true);
					int out = activation(b, "out", 1, 4, 4, 8);
					b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, ids(in, filter, bias), ids(out),
							Window.conv(1, 1, true));
					b.inputs(in).outputs(out);
				}, "operator 'dw' (#0, DEPTHWISE_CONV_2D) needs a constant bias of 8 elements as input 2, "
						+ "got tensor 'bias' (#2) [4]"),
				Arguments.of("weights contradict the input", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 64);
					int weights = constant(b, "w", 10, 32);
					int out = activation(b, "out", 1, 10);
					b.op("fc", "fc", OpKind.FULLY_CONNECTED, ids(in, weights), ids(out), Window.NONE);
					b.inputs(in).outputs(out);
				}, "operator 'fc' (#0, FULLY_CONNECTED): weights [10, 32] do not map input [1, 64] to output [1, 10]"),
				Arguments.of("pool without a kernel",
						unary(OpKind.MAX_POOL_2D, new int[] {1, 4, 4, 2}, new int[] {1, 2, 2, 2},
								Window.conv(2, 2, true)),
						"operator 'op' (#0, MAX_POOL_2D) needs a kernel of at least 1x1, got 0x0"),
				Arguments.of("pool changing channels", unary(OpKind.AVERAGE_POOL_2D, new int[] {1, 4, 4, 2},
						new int[] {1, 2, 2, 3}, Window.pool(2, 2, 2, 2, false)),
						"operator 'op' (#0, AVERAGE_POOL_2D) changes channels from [1, 4, 4, 2] to [1, 2, 2, 3]"),
				Arguments.of("pool of the wrong rank", unary(OpKind.MAX_POOL_2D, new int[] {4, 4, 2},
						new int[] {1, 2, 2, 2}, Window.pool(2, 2, 2, 2, false)),
						"operator 'op' (#0, MAX_POOL_2D) needs rank 4 for tensor 'in' (#0), got [4, 4, 2]"),
				Arguments.of("too few inputs", unary(OpKind.ADD, new int[] {1, 4}, new int[] {1, 4}, Window.NONE),
						"operator 'op' (#0, ADD) needs 2 inputs, got 1"),
				Arguments.of("too many inputs", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int out = activation(b, "out", 1, 4);
					b.op("r", "r", OpKind.RESHAPE, ids(in, in, in), ids(out), Window.NONE);
					b.inputs(in).outputs(out);
				}, "operator 'r' (#0, RESHAPE) needs 1 to 2 inputs, got 3"),
				Arguments.of("two outputs", (Consumer<LayerGraph.Builder>) b -> {
					int in = activation(b, "in", 1, 4);
					int a = activation(b, "a", 1, 4);
					int c = activation(b, "c", 1, 4);
					b.op("sm", "sm", OpKind.SOFTMAX, ids(in), ids(a, c), Window.NONE);
					b.inputs(in).outputs(a);
				}, "operator 'sm' (#0, SOFTMAX) needs 1 output, got 2"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenGraphs")
	void buildRejectsAndNamesTheOffender(String problem, Consumer<LayerGraph.Builder> graph, String expected) {
		LayerGraph.Builder b = new LayerGraph.Builder();
		graph.accept(b);

		assertMessage(expected, b::build);
	}

	@Test
	void acceptsDepthMultiplierFullyConnectedBatchesAndMatchingKernels() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int in = activation(b, "in", 1, 4, 4, 2);
		int dwFilter = constant(b, "dwf", 1, 3, 3, 4);
		int dw = activation(b, "dw", 1, 4, 4, 4);
		int flat = activation(b, "flat", 8, 8);
		int weights = constant(b, "w", 3, 8);
		int out = activation(b, "out", 8, 3);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, ids(in, dwFilter), ids(dw), new Window(3, 3, 1, 1, 1, 1, true));
		b.op("flatten", "fc", OpKind.RESHAPE, ids(dw), ids(flat), Window.NONE);
		b.op("fc", "fc", OpKind.FULLY_CONNECTED, ids(flat, weights), ids(out), Window.NONE);

		assertDoesNotThrow(() -> b.inputs(in).outputs(out).build());
	}

	@Test
	void tensorRejectsBadDeclarationsAtOnce() {
		LayerGraph.Builder b = new LayerGraph.Builder();

		assertMessage("tensor 'bad': dimensions must be at least 1, got [1, 0, 3]",
				() -> b.tensor("bad", new int[] {1, 0, 3}, 1, false));
		assertMessage("tensor 'odd': element size must be at least 1 byte, got 0",
				() -> b.tensor("odd", new int[] {1}, 0, false));
		assertMessage("tensor 'huge': too many elements",
				() -> b.tensor("huge", new int[] {1 << 30, 1 << 30, 1 << 30}, 1, false));
		assertMessage("tensor #0: name and shape are required", () -> b.tensor(null, new int[] {1}, 1, false));
	}

	@Test
	void opRequiresAWindowAndNames() {
		LayerGraph.Builder b = new LayerGraph.Builder();

		assertMessage("operator #0 'x': name, origin, kind, inputs, outputs and window are required"
				+ " (Window.NONE if none)", () -> b.op("x", "x", OpKind.ADD, ids(), ids(), null));
	}

	@Test
	void windowRejectsNegativeParameters() {
		assertMessage("window parameters must not be negative: kernel 1x1, stride -1x1",
				() -> Window.pool(1, 1, -1, 1, false));
	}

	private static void assertMessage(String expected, Executable call) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		assertTrue(e.getMessage().contains(expected),
				() -> "expected \"" + expected + "\" in \"" + e.getMessage() + "\"");
	}
}
