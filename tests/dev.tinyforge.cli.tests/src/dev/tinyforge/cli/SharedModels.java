package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The int8 models in shared/models next to the repository, with the outputs TensorFlow Lite Micro computed for
 * their test inputs ({@code <model>.json}, described in the folder's README.txt).
 */
final class SharedModels {

	/** tycho-surefire runs tests in the test module's folder. */
	private static final Path DIRECTORY = Path.of("../../../shared/models");

	private SharedModels() {
	}

	/** The .tflite file of {@code name}, as a command-line argument. */
	static String model(String name) {
		return file(name + ".tflite");
	}

	/** A test input of {@code model}, e.g. {@code input("person_detect", "pd_person.bin")}. */
	static String input(String model, String fileName) {
		return file(model + "_inputs/" + fileName);
	}

	/**
	 * The int8 values of each output TFLM computed for one test input, from {@code tflm.*.outputs_int8_per_test_input};
	 * every TFLM build there must agree.
	 */
	static List<List<Integer>> tflmOutputs(String model, String inputFileName) {
		JsonObject reference = json(model);
		int run = testInputIndex(reference, model + "_inputs/" + inputFileName);
		List<List<Integer>> outputs = null;
		for (Map.Entry<String, JsonElement> build : reference.getAsJsonObject("tflm").entrySet()) {
			if (build.getValue().isJsonObject()
					&& build.getValue().getAsJsonObject().has("outputs_int8_per_test_input")) {
				List<List<Integer>> these = ints(build.getValue().getAsJsonObject()
						.getAsJsonArray("outputs_int8_per_test_input").get(run).getAsJsonArray());
				if (outputs != null) {
					assertEquals(outputs, these, build.getKey());
				}
				outputs = these;
			}
		}
		assertNotNull(outputs, "no TFLM outputs for " + model);
		return outputs;
	}

	/** The reference data of {@code model}, e.g. its {@code float_io_int8_params}. */
	static JsonObject json(String model) {
		try {
			return JsonParser.parseString(Files.readString(Path.of(file(model + ".json")))).getAsJsonObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static int testInputIndex(JsonObject reference, String file) {
		JsonArray inputs = reference.getAsJsonArray("test_inputs");
		for (int i = 0; i < inputs.size(); i++) {
			if (inputs.get(i).getAsJsonObject().get("file").getAsString().equals(file)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no test input " + file);
	}

	private static List<List<Integer>> ints(JsonArray tensors) {
		List<List<Integer>> result = new ArrayList<>();
		for (JsonElement tensor : tensors) {
			List<Integer> values = new ArrayList<>();
			tensor.getAsJsonArray().forEach(value -> values.add(value.getAsInt()));
			result.add(values);
		}
		return result;
	}

	private static String file(String relative) {
		if (!Files.isDirectory(DIRECTORY)) {
			throw new IllegalStateException("no shared models at " + DIRECTORY.toAbsolutePath().normalize()
					+ ": run the tests from tests/dev.tinyforge.cli.tests");
		}
		return DIRECTORY.resolve(relative).toString();
	}
}
