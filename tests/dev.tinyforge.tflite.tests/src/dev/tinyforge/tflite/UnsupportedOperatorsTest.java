package dev.tinyforge.tflite;

import static dev.tinyforge.tflite.TestOptions.*;
import static dev.tinyforge.tflite.TfliteModelWriter.INT8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Operators and options the IR cannot express: one exception names every one of them. */
class UnsupportedOperatorsTest {

	@Test
	void oneExceptionListsEveryUnsupportedOperatorWithItsTensors() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 8);
		int a = w.tensor("a", INT8, 1, 8);
		int b = w.tensor("b", INT8, 1, 8);
		int c = w.tensor("c", INT8, 1, 8);
		w.operator(TANH, new int[] {in}, new int[] {a});
		w.operator(LOGISTIC, new int[] {a}, new int[] {b});
		w.customOperator("MyOp", new int[] {b}, new int[] {c});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(c).write(), "net.tflite"));

		List<String> expected = List.of("operator 0 (TANH, inputs 'in' -> 'a'): unsupported operator",
				"operator 2 (CUSTOM 'MyOp', inputs 'b' -> 'c'): unsupported: custom operators cannot be imported");
		assertEquals(expected, e.problems());
		assertEquals("Cannot import net.tflite:\n" + String.join("\n", expected), e.getMessage());
	}

	/** Codes above 127 only fit the int field; the byte field then holds 127 (PLACEHOLDER_FOR_GREATER_OP_CODES). */
	@Test
	void operatorCodesAboveTheByteRangeComeFromTheIntField() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 8);
		int out = w.tensor("out", INT8, 1, 8);
		w.operator(GELU, new int[] {in}, new int[] {out});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(out).write(), "g"));

		assertEquals(List.of("operator 0 (GELU, inputs 'in' -> 'out'): unsupported operator"), e.problems());
	}

	@Test
	void pastAThousandProblemsOnlyTheCountGrows() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1);
		for (int i = 0; i < 1500; i++) {
			w.operator(TANH, new int[] {in}, new int[] {w.tensor("t" + i, INT8, 1)});
		}

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).write(), "many"));

		assertEquals(1001, e.problems().size());
		assertEquals("... and 500 more problems", e.problems().get(1000));
	}

	@Test
	void controlFlowIntoOtherSubgraphsIsUnsupported() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1);
		int out = w.tensor("out", INT8, 1);
		w.operator(WHILE, new int[] {in}, new int[] {out});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(out).extraSubgraphs(2).write(), "loop"));

		assertEquals(List.of("operator 0 (WHILE, inputs 'in' -> 'out'): unsupported: control flow runs other"
				+ " subgraphs of the model's 3, and only subgraph 0 is imported"), e.problems());
	}

	@Test
	void subgraphsThatNothingCallsAreIgnored() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1);
		int out = w.tensor("out", INT8, 1);
		w.operator(LOGISTIC, new int[] {in}, new int[] {out});

		assertEquals(1, TfliteImporter.read(w.inputs(in).outputs(out).extraSubgraphs(2).write(), "s")
				.getOperators().size());
	}

	@Test
	void fusedTanhAndShuffledWeightsAreUnsupported() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 8);
		int other = w.tensor("other", INT8, 1, 8);
		int weights = w.int8Constant("w", 8, 8);
		int mid = w.tensor("mid", INT8, 1, 8);
		int out = w.tensor("out", INT8, 1, 8);
		w.operator(ADD, new int[] {in, other}, new int[] {mid}, ADD_OPTIONS, activationOnly(ACTIVATION_TANH));
		w.operator(FULLY_CONNECTED, new int[] {mid, weights}, new int[] {out}, FULLY_CONNECTED_OPTIONS,
				fullyConnected(NONE, (byte) 1, false));

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in, other).outputs(out).write(), "f"));

		assertEquals(List.of("operator 0 (ADD, inputs 'in', 'other' -> 'mid'): fused activation TANH is not supported",
				"operator 1 (FULLY_CONNECTED, inputs 'mid', 'w' -> 'out'): unsupported: weights format 1; only DEFAULT"
						+ " (0), weights [out, in] in row-major order, is imported"),
				e.problems());
	}

	/** EMF keeps a tensor once among an operator's inputs, so x * x would lose an operand. */
	@Test
	void operatorThatReadsOneTensorTwiceIsUnsupported() {
		TfliteModelWriter w = new TfliteModelWriter();
		int x = w.tensor("x", INT8, 1, 8);
		int square = w.tensor("square", INT8, 1, 8);
		w.operator(MUL, new int[] {x, x}, new int[] {square}, MUL_OPTIONS, activationOnly(NONE));

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(x).outputs(square).write(), "square"));

		assertEquals(List.of("operator 0 (MUL, inputs 'x', 'x' -> 'square'): unsupported: reads tensor 'x' twice;"
				+ " TinyForge's IR cannot express that yet"), e.problems());
	}

	@Test
	void optionsOfTheWrongTypeAndWindowsThatNeverMoveAreReported() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4, 4, 1);
		int filter = w.int8Constant("filter", 1, 3, 3, 1);
		int mid = w.tensor("mid", INT8, 1, 4, 4, 1);
		int out = w.tensor("out", INT8, 1, 4, 4, 1);
		w.operator(CONV_2D, new int[] {in, filter}, new int[] {mid}, POOL_2D_OPTIONS, pool2D(SAME, 1, 1, 1, 1, NONE));
		w.operator(DEPTHWISE_CONV_2D, new int[] {mid, filter}, new int[] {out}, DEPTHWISE_CONV_2D_OPTIONS,
				depthwiseConv2D((byte) 7, 1, 3, NONE));

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(out).write(), "c"));

		String conv = "operator 0 (CONV_2D, inputs 'in', 'filter' -> 'mid'): ";
		String depthwise = "operator 1 (DEPTHWISE_CONV_2D, inputs 'mid', 'filter' -> 'out'): ";
		assertEquals(List.of(conv + "has builtin options of type 5, expected Conv2DOptions (1)",
				conv + "stride_h is 0, must be at least 1", conv + "stride_w is 0, must be at least 1",
				depthwise + "padding 7 is neither SAME (0) nor VALID (1)",
				depthwise + "depth_multiplier 3 contradicts the filter's 1 channels for the input's 1"), e.problems());
	}

	@Test
	void operandsMustFitTheOperator() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 8);
		int filter = w.int8Constant("filter", 1, 1, 1, 8);
		int out = w.tensor("out", INT8, 1, 8);
		int extra = w.tensor("extra", INT8, 1, 8);
		w.operator(CONV_2D, new int[] {in, filter}, new int[] {out}, CONV_2D_OPTIONS, conv2D(SAME, 1, 1, NONE, 1, 1));
		w.operator(SOFTMAX, new int[] {out, out}, new int[] {extra});

		TfliteImportException e = assertThrows(TfliteImportException.class,
				() -> TfliteImporter.read(w.inputs(in).outputs(extra).write(), "o"));

		assertEquals(2, e.problems().size());
		assertTrue(e.problems().get(0).endsWith("input 0, tensor 0 'in', needs rank 4, has shape [1, 8]"));
		assertTrue(e.problems().get(1).endsWith("has 2 inputs, needs 1"));
	}
}
