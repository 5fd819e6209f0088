package dev.tinyforge.tflite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Pool2D;
import dev.tinyforge.model.ir.PoolKind;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Tensor;

/** The real models in shared/models against their reference data and the analysis. */
class SharedModelsTest {

	/** IR operator classes by the TFLite operator they come from; pools by kind. */
	private static final Map<String, String> TFLITE_NAMES = Map.ofEntries(Map.entry("Add", "ADD"),
			Map.entry("Conv2D", "CONV_2D"), Map.entry("DepthwiseConv2D", "DEPTHWISE_CONV_2D"),
			Map.entry("Dequantize", "DEQUANTIZE"), Map.entry("FullyConnected", "FULLY_CONNECTED"),
			Map.entry("Logistic", "LOGISTIC"), Map.entry("Mean", "MEAN"), Map.entry("Mul", "MUL"),
			Map.entry("Pad", "PAD"), Map.entry("Quantize", "QUANTIZE"), Map.entry("Reshape", "RESHAPE"),
			Map.entry("Softmax", "SOFTMAX"));

	static List<String> models() {
		return SharedModels.names();
	}

	@Test
	void allSevenModelsAreThere() {
		assertTrue(models().containsAll(List.of("hello_world_int8", "micro_speech_quantized", "mlperf_tiny_ad01_int8",
				"mlperf_tiny_kws_ref_model", "mlperf_tiny_vww_96_int8", "person_detect", "tinyengine_vww")),
				models()::toString);
	}

	/** TRANSPOSE (tinyengine_vww's only one) is imported as a Reshape. */
	@ParameterizedTest
	@MethodSource("models")
	void operatorsMatchTheReferenceHistogram(String model) throws TfliteImportException {
		Map<String, Integer> expected = new TreeMap<>(ReferenceData.of(model).operatorHistogram());
		Integer transposes = expected.remove("TRANSPOSE");
		if (transposes != null) {
			expected.merge("RESHAPE", transposes, Integer::sum);
		}
		Map<String, Integer> imported = new TreeMap<>();
		for (Operator op : read(model).getOperators()) {
			imported.merge(tfliteName(op), 1, Integer::sum);
		}

		assertEquals(expected, imported);
	}

	@ParameterizedTest
	@MethodSource("models")
	void inputsAndOutputsMatchTheReference(String model) throws TfliteImportException {
		Graph graph = read(model);
		ReferenceData reference = ReferenceData.of(model);

		assertEndpoints(reference.inputs(), graph.getInputs());
		assertEndpoints(reference.outputs(), graph.getOutputs());
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyTensorIsInTheGraphWithDataOfItsSize(String model) throws TfliteImportException {
		Graph graph = read(model);

		assertEquals(model, graph.getName());
		assertEquals(SharedModels.model(model).toString(), graph.getSource());
		for (Operator op : graph.getOperators()) {
			op.getInputs().forEach(tensor -> assertSame(graph, tensor.eContainer(), tensor::getName));
			op.getOutputs().forEach(tensor -> assertSame(graph, tensor.eContainer(), tensor::getName));
		}
		for (Tensor tensor : graph.getTensors()) {
			if (tensor.isConstant()) {
				assertEquals(Tensors.byteSize(tensor), tensor.getData().length, tensor.getName());
			} else {
				assertNull(tensor.getData(), tensor.getName());
			}
		}
	}

	/** The analysis takes every model; its Flash figure is the constant data the importer copied. */
	@ParameterizedTest
	@MethodSource("models")
	void theAnalysisAcceptsEveryModel(String model) throws TfliteImportException {
		Graph graph = read(model);

		NetworkAnalysis analysis = new NetworkAnalyzer().analyze(IrToLayerGraph.convert(graph));

		long constantBytes = graph.getTensors().stream().filter(Tensor::isConstant)
				.mapToLong(tensor -> tensor.getData().length).sum();
		assertEquals(constantBytes, analysis.totalWeightBytes());
	}

	@ParameterizedTest
	@CsvSource({"person_detect, 7157888", "mlperf_tiny_vww_96_int8, 7489664", "tinyengine_vww, 11578816",
			"mlperf_tiny_kws_ref_model, 2656768"})
	void macCountsMatchThePublishedFigures(String model, long macs) throws TfliteImportException {
		assertEquals(macs, new NetworkAnalyzer().analyze(IrToLayerGraph.convert(read(model))).totalMacs());
	}

	private static Graph read(String model) throws TfliteImportException {
		return TfliteImporter.read(SharedModels.model(model));
	}

	private static String tfliteName(Operator op) {
		if (op instanceof Pool2D pool) {
			return pool.getKind() == PoolKind.MAX ? "MAX_POOL_2D" : "AVERAGE_POOL_2D";
		}
		return TFLITE_NAMES.get(op.eClass().getName());
	}

	private static void assertEndpoints(List<ReferenceData.Endpoint> expected, List<Tensor> actual) {
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			ReferenceData.Endpoint endpoint = expected.get(i);
			Tensor tensor = actual.get(i);
			assertEquals(DataType.valueOf(endpoint.dtype().toUpperCase(Locale.ROOT)), tensor.getDataType());
			assertEquals(endpoint.shape(), tensor.getShape());
			if (endpoint.scale() == null) {
				continue;
			}
			Quantization quantization = tensor.getQuantization();
			assertNotNull(quantization, tensor.getName());
			assertEquals(1, quantization.getScale().size());
			assertEquals(endpoint.scale(), quantization.getScale().get(0), endpoint.scale() * 1e-6f);
			assertEquals(List.of(endpoint.zeroPoint()), quantization.getZeroPoint());
		}
	}
}
