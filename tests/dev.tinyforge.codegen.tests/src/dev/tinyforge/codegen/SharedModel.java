package dev.tinyforge.codegen;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.tflite.TfliteImportException;
import dev.tinyforge.tflite.TfliteImporter;

/**
 * A model of shared/models (see its README.txt) with its test inputs and the int8 outputs TFLM gave for them.
 * A test-input file may hold several inputs back to back (hello_world's holds eight).
 */
record SharedModel(String name, Path tflite, JsonObject description) {

	/** shared/ lies beside the repository: three levels up from a test module's folder. */
	static final Path SHARED = Path.of(System.getProperty("tinyforge.shared", "../../../shared"));
	static final Path MODELS = SHARED.resolve("models");

	/** One inference: the bytes for the graph input (floats for a float model) and TFLM's int8 outputs. */
	record Run(String label, byte[] graphInput, List<byte[]> expectedInt8Outputs) {
	}

	static List<SharedModel> all() {
		if (!Files.isDirectory(MODELS)) {
			throw new IllegalStateException("no shared models at " + MODELS.toAbsolutePath().normalize());
		}
		try (Stream<Path> files = Files.list(MODELS)) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().map(SharedModel::read).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static SharedModel read(Path json) {
		try (Reader reader = Files.newBufferedReader(json)) {
			JsonObject description = JsonParser.parseReader(reader).getAsJsonObject();
			return new SharedModel(description.get("model").getAsString(),
					MODELS.resolve(description.get("file").getAsString()), description);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Graph importGraph() {
		try {
			return TfliteImporter.read(tflite);
		} catch (TfliteImportException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	List<Run> runs() {
		JsonArray inputs = description.getAsJsonArray("inputs");
		int size = 1;
		for (JsonElement dim : inputs.get(0).getAsJsonObject().getAsJsonArray("shape")) {
			size *= dim.getAsInt();
		}
		JsonArray expected = description.getAsJsonObject("tflm").getAsJsonObject("host_x86_64_reference_kernels")
				.getAsJsonArray("outputs_int8_per_test_input");
		List<Run> runs = new ArrayList<>();
		for (JsonElement testInput : description.getAsJsonArray("test_inputs")) {
			String file = testInput.getAsJsonObject().get("file").getAsString();
			byte[] bytes = readBytes(MODELS.resolve(file));
			for (int offset = 0; offset < bytes.length; offset += size) {
				byte[] int8 = java.util.Arrays.copyOfRange(bytes, offset, offset + size);
				String label = Path.of(file).getFileName() + (bytes.length > size ? "#" + offset / size : "");
				runs.add(new Run(label, graphInput(int8), outputs(expected.get(runs.size()))));
			}
		}
		return runs;
	}

	/** For a float-input model, {@code float32((q - zero_point) * scale)} with the input QUANTIZE's parameters. */
	private byte[] graphInput(byte[] int8) {
		if (!description.has("float_io_int8_params")) {
			return int8;
		}
		JsonObject quantize = description.getAsJsonObject("float_io_int8_params")
				.getAsJsonObject("after_input_QUANTIZE").getAsJsonObject("0");
		double scale = quantize.get("scale").getAsDouble();
		int zeroPoint = quantize.get("zero_point").getAsInt();
		ByteBuffer floats = ByteBuffer.allocate(4 * int8.length).order(ByteOrder.LITTLE_ENDIAN);
		for (byte q : int8) {
			floats.putFloat((float) ((q - zeroPoint) * scale));
		}
		return floats.array();
	}

	private static List<byte[]> outputs(JsonElement run) {
		List<byte[]> outputs = new ArrayList<>();
		for (JsonElement output : run.getAsJsonArray()) {
			JsonArray values = output.getAsJsonArray();
			byte[] bytes = new byte[values.size()];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = values.get(i).getAsByte();
			}
			outputs.add(bytes);
		}
		return outputs;
	}

	private static byte[] readBytes(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
