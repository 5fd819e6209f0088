package dev.tinyforge.tflite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What a model's JSON says about it: operator histogram and input and output tensors. */
record ReferenceData(Map<String, Integer> operatorHistogram, List<Endpoint> inputs, List<Endpoint> outputs) {

	/** An input or output tensor; scale and zero point are null for float tensors. */
	record Endpoint(String dtype, List<Integer> shape, Float scale, Long zeroPoint) {
	}

	static ReferenceData of(String model) {
		try {
			JsonObject json = JsonParser.parseString(Files.readString(SharedModels.referenceData(model)))
					.getAsJsonObject();
			Map<String, Integer> histogram = new TreeMap<>();
			json.getAsJsonObject("op_histogram").entrySet()
					.forEach(entry -> histogram.put(entry.getKey(), entry.getValue().getAsInt()));
			return new ReferenceData(histogram, endpoints(json.getAsJsonArray("inputs")),
					endpoints(json.getAsJsonArray("outputs")));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Endpoint> endpoints(JsonArray array) {
		return array.asList().stream().map(JsonElement::getAsJsonObject).map(endpoint -> new Endpoint(
				endpoint.get("dtype").getAsString(),
				endpoint.getAsJsonArray("shape").asList().stream().map(JsonElement::getAsInt).toList(),
				endpoint.has("scale") ? endpoint.get("scale").getAsFloat() : null,
				endpoint.has("zero_point") ? endpoint.get("zero_point").getAsLong() : null)).toList();
	}
}
