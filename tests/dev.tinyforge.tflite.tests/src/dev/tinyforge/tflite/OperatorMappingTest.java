package dev.tinyforge.tflite;

import static dev.tinyforge.tflite.TestOptions.*;
import static dev.tinyforge.tflite.TfliteModelWriter.FLOAT32;
import static dev.tinyforge.tflite.TfliteModelWriter.INT8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tinyforge.model.ir.Activation;
import dev.tinyforge.model.ir.Add;
import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.DepthwiseConv2D;
import dev.tinyforge.model.ir.Dequantize;
import dev.tinyforge.model.ir.FullyConnected;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Logistic;
import dev.tinyforge.model.ir.Mul;
import dev.tinyforge.model.ir.Padding;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Quantize;
import dev.tinyforge.model.ir.Softmax;
import dev.tinyforge.model.ir.Tensor;

/** Each supported operator, from a small hand-written file to its IR operator and attributes. */
class OperatorMappingTest {

	@Test
	void convolutionKeepsItsWindowWeightsBiasAndQuantization() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 5, 5, 2);
		int filter = w.int8Constant("filter", 3, 3, 3, 2);
		int bias = w.int32Constant("bias", new int[] {10, -20, 30}, 3);
		int out = w.tensor("out", INT8, 1, 1, 2, 3);
		w.quantize(in, new float[] {0.5f}, new long[] {-3}, 0);
		w.quantize(filter, new float[] {0.1f, 0.2f, 0.3f}, new long[] {0, 0, 0}, 0);
		w.operator(CONV_2D, new int[] {in, filter, bias}, new int[] {out}, CONV_2D_OPTIONS,
				conv2D(VALID, 2, 1, RELU6, 1, 2));
		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "models/tiny_conv.tflite");

		assertEquals("tiny_conv", graph.getName());
		assertEquals("models/tiny_conv.tflite", graph.getSource());
		Conv2D conv = (Conv2D) graph.getOperators().get(0);
		assertEquals(List.of("in", "filter", "bias"), names(conv.getInputs()));
		assertEquals("out", conv.getName());
		assertEquals("operator 0 (CONV_2D)", conv.getOrigin());
		assertEquals(Padding.VALID, conv.getPadding());
		assertEquals(1, conv.getStrideH());
		assertEquals(2, conv.getStrideW());
		assertEquals(2, conv.getDilationH());
		assertEquals(1, conv.getDilationW());
		assertEquals(Activation.RELU6, conv.getActivation());

		Tensor weights = conv.getInputs().get(1);
		assertTrue(weights.isConstant());
		assertEquals(List.of(3, 3, 3, 2), weights.getShape());
		assertEquals(54, weights.getData().length);
		assertEquals((byte) (1 + 7 * 53), weights.getData()[53]);
		assertEquals(List.of(0.1f, 0.2f, 0.3f), weights.getQuantization().getScale());
		Tensor biasTensor = conv.getInputs().get(2);
		assertEquals(DataType.INT32, biasTensor.getDataType());
		assertArrayEquals(new byte[] {10, 0, 0, 0, -20, -1, -1, -1, 30, 0, 0, 0}, biasTensor.getData());
		Tensor input = graph.getInputs().get(0);
		assertFalse(input.isConstant());
		assertNull(input.getData());
		Quantization quantization = input.getQuantization();
		assertEquals(List.of(0.5f), quantization.getScale());
		assertEquals(List.of(-3L), quantization.getZeroPoint());
		assertEquals(List.of(input, weights, biasTensor, graph.getOutputs().get(0)), graph.getTensors());
	}

	@Test
	void leftOutBiasIsNotAnInput() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 3, 3, 1);
		int filter = w.int8Constant("filter", 1, 3, 3, 1);
		int out = w.tensor("out", INT8, 1, 3, 3, 1);
		w.operator(CONV_2D, new int[] {in, filter, -1}, new int[] {out}, CONV_2D_OPTIONS,
				conv2D(SAME, 1, 1, NONE, 1, 1));

		Conv2D conv = (Conv2D) TfliteImporter.read(w.inputs(in).outputs(out).write(), "c").getOperators().get(0);

		assertEquals(List.of("in", "filter"), names(conv.getInputs()));
		assertEquals(Padding.SAME, conv.getPadding());
		assertEquals(Activation.NONE, conv.getActivation());
	}

	@Test
	void depthwiseMultiplierComesFromTheShapes() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4, 4, 3);
		int filter = w.int8Constant("filter", 1, 3, 3, 6);
		int bias = w.int32Constant("bias", new int[6], 6);
		int out = w.tensor("out", INT8, 1, 4, 4, 6);
		w.operator(DEPTHWISE_CONV_2D, new int[] {in, filter, bias}, new int[] {out}, DEPTHWISE_CONV_2D_OPTIONS,
				depthwiseConv2D(SAME, 1, 0, RELU));

		DepthwiseConv2D conv = (DepthwiseConv2D) TfliteImporter.read(w.inputs(in).outputs(out).write(), "d")
				.getOperators().get(0);

		assertEquals(2, conv.getDepthMultiplier());
		assertEquals(Activation.RELU, conv.getActivation());
		assertEquals(1, conv.getDilationH());
	}

	@Test
	void poolsKeepTheirKindAndWindow() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 6, 6, 4);
		int mid = w.tensor("mid", INT8, 1, 3, 3, 4);
		int out = w.tensor("out", INT8, 1, 1, 1, 4);
		w.operator(MAX_POOL_2D, new int[] {in}, new int[] {mid}, POOL_2D_OPTIONS, pool2D(VALID, 2, 2, 2, 2, RELU));
		w.operator(AVERAGE_POOL_2D, new int[] {mid}, new int[] {out}, POOL_2D_OPTIONS,
				pool2D(VALID, 1, 1, 3, 3, NONE));

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "p");

		Pool2D max = (Pool2D) graph.getOperators().get(0);
		Pool2D average = (Pool2D) graph.getOperators().get(1);
		assertEquals(PoolKind.MAX, max.getKind());
		assertEquals(2, max.getFilterH());
		assertEquals(2, max.getStrideW());
		assertEquals(Activation.RELU, max.getActivation());
		assertEquals(PoolKind.AVERAGE, average.getKind());
		assertEquals(3, average.getFilterW());
		assertEquals(Padding.VALID, average.getPadding());
	}

	@Test
	void fullyConnectedKeepsNumDimsAndReluN1To1() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 8);
		int weights = w.int8Constant("weights", 4, 8);
		int out = w.tensor("out", INT8, 1, 4);
		w.operator(FULLY_CONNECTED, new int[] {in, weights}, new int[] {out}, FULLY_CONNECTED_OPTIONS,
				fullyConnected(RELU_N1_TO_1, (byte) 0, true));

		FullyConnected fc = (FullyConnected) TfliteImporter.read(w.inputs(in).outputs(out).write(), "f")
				.getOperators().get(0);

		assertEquals(List.of("in", "weights"), names(fc.getInputs()));
		assertTrue(fc.isKeepNumDims());
		assertEquals(Activation.RELU_N1_TO_1, fc.getActivation());
	}

	@Test
	void elementwiseOperatorsTakeTwoInputsAndAnActivation() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int a = w.tensor("a", INT8, 1, 2, 2, 4);
		int b = w.tensor("b", INT8, 1, 2, 2, 4);
		int sum = w.tensor("sum", INT8, 1, 2, 2, 4);
		int scale = w.tensor("scale", INT8, 1, 1, 1, 4);
		int product = w.tensor("product", INT8, 1, 2, 2, 4);
		w.operator(ADD, new int[] {a, b}, new int[] {sum}, ADD_OPTIONS, activationOnly(RELU));
		w.operator(MUL, new int[] {sum, scale}, new int[] {product}, MUL_OPTIONS, activationOnly(NONE));

		Graph graph = TfliteImporter.read(w.inputs(a, b, scale).outputs(product).write(), "e");

		Add add = (Add) graph.getOperators().get(0);
		Mul mul = (Mul) graph.getOperators().get(1);
		assertEquals(List.of("a", "b"), names(add.getInputs()));
		assertEquals(Activation.RELU, add.getActivation());
		assertSame(add.getOutputs().get(0), mul.getInputs().get(0));
		assertEquals(3, graph.getInputs().size());
	}

	@Test
	void softmaxQuantizeDequantizeAndLogisticTakeOneInput() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", FLOAT32, 1, 10);
		int q = w.tensor("q", INT8, 1, 10);
		int s = w.tensor("s", INT8, 1, 10);
		int l = w.tensor("l", INT8, 1, 10);
		int out = w.tensor("out", FLOAT32, 1, 10);
		w.operator(QUANTIZE, new int[] {in}, new int[] {q});
		w.operator(SOFTMAX, new int[] {q}, new int[] {s}, SOFTMAX_OPTIONS, softmax(0.5f));
		w.operator(LOGISTIC, new int[] {s}, new int[] {l});
		w.operator(DEQUANTIZE, new int[] {l}, new int[] {out});

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "s");

		assertTrue(graph.getOperators().get(0) instanceof Quantize);
		assertEquals(0.5f, ((Softmax) graph.getOperators().get(1)).getBeta());
		assertTrue(graph.getOperators().get(2) instanceof Logistic);
		assertTrue(graph.getOperators().get(3) instanceof Dequantize);
		assertEquals(DataType.FLOAT32, graph.getInputs().get(0).getDataType());
		graph.getOperators().forEach(op -> assertEquals(1, op.getInputs().size()));
	}

	@Test
	void scalarsHaveAnEmptyShapeAndUnnamedTensorsGetTheirIndex() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor(null, INT8, 1, 4);
		int scalar = w.constant("scalar", INT8, new byte[] {7});
		int out = w.tensor("out", INT8, 1, 4);
		w.operator(ADD, new int[] {in, scalar}, new int[] {out}, ADD_OPTIONS, activationOnly(NONE));

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "a");

		assertEquals("tensor0", graph.getInputs().get(0).getName());
		Tensor constant = graph.getOperators().get(0).getInputs().get(1);
		assertTrue(constant.getShape().isEmpty());
		assertArrayEquals(new byte[] {7}, constant.getData());
	}

	@Test
	void perChannelBiasQuantizedAlongItsFiltersDimensionUsesItsOnlyDimension() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 3, 3, 2);
		int filter = w.int8Constant("filter", 1, 3, 3, 2);
		int bias = w.int32Constant("bias", new int[2], 2);
		int out = w.tensor("out", INT8, 1, 3, 3, 2);
		w.quantize(filter, new float[] {1, 2}, new long[] {0, 0}, 3);
		w.quantize(bias, new float[] {1, 2}, new long[] {0, 0}, 3);
		w.operator(DEPTHWISE_CONV_2D, new int[] {in, filter, bias}, new int[] {out}, DEPTHWISE_CONV_2D_OPTIONS,
				depthwiseConv2D(SAME, 1, 1, NONE));

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "b");

		List<Tensor> inputs = graph.getOperators().get(0).getInputs();
		assertEquals(3, inputs.get(1).getQuantization().getQuantizedDimension());
		assertEquals(0, inputs.get(2).getQuantization().getQuantizedDimension());
	}

	@Test
	void readsFilesFromDisk() throws Exception {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4);
		int out = w.tensor("out", INT8, 1, 4);
		w.operator(LOGISTIC, new int[] {in}, new int[] {out});
		Path file = Files.createTempFile("logistic", ".tflite");
		try {
			Files.write(file, w.inputs(in).outputs(out).write());

			Graph graph = TfliteImporter.read(file);

			assertEquals(file.getFileName().toString().replace(".tflite", ""), graph.getName());
			assertEquals(file.toString(), graph.getSource());
		} finally {
			Files.delete(file);
		}
	}

	@Test
	void constantTypesTheIrHasNotAreRejectedOnlyWhenUsed() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4);
		w.constant("unused half floats", TfliteModelWriter.FLOAT16, new byte[8], 4);
		int out = w.tensor("out", INT8, 1, 4);
		w.operator(LOGISTIC, new int[] {in}, new int[] {out});

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "l");

		assertEquals(List.of("in", "out"), names(graph.getTensors()));
	}

	@Test
	void constantDataAfterTheFlatBufferIsRead() throws TfliteImportException {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 2);
		int weights = w.externalConstant("weights", INT8, new byte[] {1, 2, 3, 4, 5, 6}, 3, 2);
		int out = w.tensor("out", INT8, 1, 3);
		w.operator(FULLY_CONNECTED, new int[] {in, weights}, new int[] {out});

		Graph graph = TfliteImporter.read(w.inputs(in).outputs(out).write(), "external");

		assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, graph.getOperators().get(0).getInputs().get(1).getData());
	}

	static List<String> names(List<Tensor> tensors) {
		return tensors.stream().map(Tensor::getName).toList();
	}
}
