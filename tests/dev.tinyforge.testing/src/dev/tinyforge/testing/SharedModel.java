package dev.tinyforge.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * A model of shared/models (see its README.txt): its .tflite file and, from its JSON description, the runs TFLM
 * made. A test-input file holds one or more inputs back to back (hello_world's holds eight), run one after
 * another.
 */
public record SharedModel(String name, Path tflite, JsonObject description) {

	/**
	 * shared/ lies beside the repository: three levels up from a test module's folder, where tycho-surefire runs
	 * the tests; the system property {@code tinyforge.shared} overrides it (benchmarks run from elsewhere).
	 */
	public static final Path SHARED = Path.of(System.getProperty("tinyforge.shared", "../../../shared"));
	public static final Path MODELS = SHARED.resolve("models");

	/**
	 * One inference TFLM ran: the bytes fed to the graph input (floats for a float-input model) and the int8
	 * outputs it produced; for a float-output model, the int8 values before the final DEQUANTIZE.
	 */
	public record Run(SharedModel model, String label, byte[] graphInput, List<byte[]> expectedInt8Outputs) {

		@Override
		public String toString() {
			return model.name() + " " + label;
		}
	}

	private static final String TFLM_RESULTS = "host_x86_64_reference_kernels";

	public static List<SharedModel> all() {
		if (!Files.isDirectory(MODELS)) {
			throw new IllegalStateException("no shared models at " + MODELS.toAbsolutePath().normalize());
		}
		try (Stream<Path> files = Files.list(MODELS)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
					.map(SharedModel::read).toList();
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

	/** The graph the .tflite importer makes of the model. */
	public Graph importGraph() {
		try {
			return TfliteImporter.read(tflite);
		} catch (TfliteImportException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** The model's runs in TFLM's order: test inputs as listed, each split into single inputs. */
	public List<Run> runs() {
		List<String> labels = new ArrayList<>();
		List<byte[]> int8Inputs = new ArrayList<>();
		int size = inputElements();
		for (JsonElement testInput : description.getAsJsonArray("test_inputs")) {
			String file = testInput.getAsJsonObject().get("file").getAsString();
			byte[] bytes = readBytes(MODELS.resolve(file));
			for (int offset = 0; offset < bytes.length; offset += size) {
				labels.add(Path.of(file).getFileName() + (bytes.length > size ? "#" + offset / size : ""));
				int8Inputs.add(Arrays.copyOfRange(bytes, offset, offset + size));
			}
		}
		// Host, Cortex-M7 and Cortex-M4 outputs are identical (README.txt); the host's are as good as any.
		JsonArray expected = description.getAsJsonObject("tflm").getAsJsonObject(TFLM_RESULTS)
				.getAsJsonArray("outputs_int8_per_test_input");
		if (int8Inputs.size() != expected.size()) {
			throw new IllegalStateException(name + ": " + int8Inputs.size() + " inputs but " + expected.size()
					+ " results");
		}
		List<Run> runs = new ArrayList<>();
		for (int i = 0; i < int8Inputs.size(); i++) {
			runs.add(new Run(this, labels.get(i), graphInput(int8Inputs.get(i)), outputs(expected.get(i))));
		}
		return runs;
	}

	private int inputElements() {
		JsonArray inputs = description.getAsJsonArray("inputs");
		if (inputs.size() != 1) {
			throw new IllegalStateException(name + ": the oracle test handles models with one input");
		}
		int elements = 1;
		for (JsonElement dim : inputs.get(0).getAsJsonObject().getAsJsonArray("shape")) {
			elements *= dim.getAsInt();
		}
		return elements;
	}

	/**
	 * The bytes TFLM was given: the int8 values themselves, or for a float-input model the floats
	 * {@code float32((q - zero_point) * scale)} with the parameters of the input's QUANTIZE.
	 */
	private byte[] graphInput(byte[] int8Input) {
		if (!description.has("float_io_int8_params")) {
			return int8Input;
		}
		JsonObject quantize = description.getAsJsonObject("float_io_int8_params")
				.getAsJsonObject("after_input_QUANTIZE").getAsJsonObject("0");
		double scale = quantize.get("scale").getAsDouble();
		int zeroPoint = quantize.get("zero_point").getAsInt();
		ByteBuffer floats = ByteBuffer.allocate(4 * int8Input.length).order(ByteOrder.LITTLE_ENDIAN);
		for (byte q : int8Input) {
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
