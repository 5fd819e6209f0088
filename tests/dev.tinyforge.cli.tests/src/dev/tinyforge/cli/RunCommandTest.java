package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;

/** {@code tinyforge run MODEL --input FILE}: one inference, byte-exact with TensorFlow Lite Micro. */
class RunCommandTest {

	private static final String PERSON_DETECT = SharedModels.model("person_detect");
	private static final String PERSON = SharedModels.input("person_detect", "pd_person.bin");

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "pd_person.bin", "pd_no_person.bin", "pd_rand_seed1.bin", "pd_rand_seed2.bin" })
	void printsTheInt8OutputTflmProduced(String input) {
		CliRun run = CliRun.of("run", PERSON_DETECT, "--input", SharedModels.input("person_detect", input));
		assertEquals("", run.err());
		assertEquals(0, run.exitCode());
		assertEquals(lines(SharedModels.tflmOutputs("person_detect", input)), run.out());
	}

	@Test
	void personIsDetected() {
		assertEquals("-113 113\n", CliRun.of("run", PERSON_DETECT, "--input", PERSON).out());
	}

	@Test
	void outputOptionWritesTheRawBytes() throws IOException {
		Path output = folder.resolve("out.bin");
		CliRun run = CliRun.of("run", PERSON_DETECT, "--input", PERSON, "--output", output.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertArrayEquals(new byte[] { -113, 113 }, Files.readAllBytes(output));
	}

	/** The input and output are float32 around an int8 core; TFLM's outputs are the int8 values before DEQUANTIZE. */
	@Test
	void floatOutputsArePrintedAsFloats() throws IOException {
		JsonObject params = SharedModels.json("tinyengine_vww").getAsJsonObject("float_io_int8_params");
		JsonObject in = params.getAsJsonObject("after_input_QUANTIZE").getAsJsonObject("0");
		JsonObject out = params.getAsJsonObject("before_output_DEQUANTIZE").getAsJsonObject("0");
		// The float input TFLM was fed: float32((q - zp) * scale) of the int8 test input.
		byte[] q = Files.readAllBytes(Path.of(SharedModels.input("tinyengine_vww", "vww_person_q.bin")));
		ByteBuffer floats = ByteBuffer.allocate(q.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (byte value : q) {
			floats.putFloat((float) ((value - in.get("zero_point").getAsInt()) * in.get("scale").getAsDouble()));
		}
		Path input = Files.write(folder.resolve("person.f32"), floats.array());

		CliRun run = CliRun.of("run", SharedModels.model("tinyengine_vww"), "--input", input.toString());

		assertEquals(0, run.exitCode(), run.err());
		List<Integer> recovered = Arrays.stream(run.out().strip().split(" ")).map(Float::parseFloat)
				.map(f -> (int) Math.round(f / out.get("scale").getAsDouble()) + out.get("zero_point").getAsInt())
				.toList();
		assertEquals(SharedModels.tflmOutputs("tinyengine_vww", "vww_person_q.bin").get(0), recovered, run.out());
	}

	@Test
	void tinymlNetworkFromAModelFile() {
		Path file = Projects.write(folder, "pd.tinyml", from("pd"));
		CliRun run = CliRun.of("run", file.toString(), "--input", PERSON);
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("-113 113\n", run.out());
	}

	@Test
	void fileWithSeveralNetworksNeedsTheNetworkOption() {
		Path file = Projects.write(folder, "two.tinyml", from("pd") + Projects.NETWORK);
		CliRun run = CliRun.of("run", file.toString(), "--input", PERSON);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + file + ": holds the networks pd, small: pick one with --network NAME\n",
				run.err());

		CliRun chosen = CliRun.of("run", file.toString(), "--network", "pd", "--input", PERSON);
		assertEquals(0, chosen.exitCode(), chosen.err());
		assertEquals("-113 113\n", chosen.out());
	}

	@Test
	void networkNotInTheFile() {
		Path file = Projects.write(folder, "pd.tinyml", from("pd"));
		CliRun run = CliRun.of("run", file.toString(), "--network", "vww", "--input", PERSON);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + file + ": holds no network 'vww'; it holds pd\n", run.err());
	}

	@Test
	void networkWrittenLayerByLayerHasNoWeights() {
		Path file = Projects.write(folder, "small.tinyml", Projects.NETWORK);
		CliRun run = CliRun.of("run", file.toString(), "--input", PERSON);
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: " + file + ": network 'small' has no weights to run: "), run.err());
		assertTrue(run.err().contains("from \"model.tflite\""), run.err());
		assertEquals("", run.out());
	}

	@Test
	void modelFileThatIsMissing() {
		Path file = Projects.write(folder, "gone.tinyml", "network gone from \"gone.tflite\"\n");
		CliRun run = CliRun.of("run", file.toString(), "--input", PERSON);
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith(file + ": Model file 'gone.tflite' not found"), run.err());
	}

	@Test
	void syntaxErrorsInTheFileAreDiagnostics() {
		Path file = Projects.write(folder, "bad.tinyml", "network pd from\n");
		CliRun run = CliRun.of("run", file.toString(), "--input", PERSON);
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith(file + ":1:16: error: "), run.err());
	}

	@Test
	void inputOfAnotherSizeSaysBoth() throws IOException {
		Path shorter = Files.write(folder.resolve("short.bin"),
				Arrays.copyOf(Files.readAllBytes(Path.of(PERSON)), 9215));
		CliRun run = CliRun.of("run", PERSON_DETECT, "--input", shorter.toString());
		assertEquals(1, run.exitCode());
		assertEquals("tinyforge: " + shorter + ": 9215 bytes, expected 9216 for input 0 'input' (int8 96x96x1)\n",
				run.err());
		assertEquals("", run.out());
	}

	@Test
	void oneInputFilePerModelInput() {
		CliRun run = CliRun.of("run", PERSON_DETECT, "--input", PERSON, "--input", PERSON);
		assertEquals(1, run.exitCode());
		assertEquals("tinyforge: " + PERSON_DETECT + ": the model has 1 input, 2 --input files given\n", run.err());
	}

	@Test
	void missingInputFile() {
		String missing = folder.resolve("missing.bin").toString();
		CliRun run = CliRun.of("run", PERSON_DETECT, "--input", missing);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + missing + ": no such file\n", run.err());
	}

	@Test
	void outputIntoAMissingFolder() {
		String output = folder.resolve("no/such/out.bin").toString();
		CliRun run = CliRun.of("run", PERSON_DETECT, "--input", PERSON, "--output", output);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + output + ": cannot write: no such folder\n", run.err());
	}

	@Test
	void networkOptionWithAModelFile() {
		CliRun run = CliRun.of("run", PERSON_DETECT, "--network", "pd", "--input", PERSON);
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--network picks a network of a .tinyml file"), run.err());
	}

	@Test
	void importProblemsAreOneLineEachAfterTheFileName() throws IOException {
		Path broken = Files.write(folder.resolve("broken.tflite"), new byte[] { 1, 2, 3 });
		CliRun run = CliRun.of("run", broken.toString(), "--input", PERSON);
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith(broken + ": "), run.err());
		assertFalse(run.showsStackTrace());
	}

	/** {@code network NAME from "<person_detect.tflite>"}, the model named by its absolute path. */
	private static String from(String name) {
		return "network " + name + " from \"" + Path.of(PERSON_DETECT).toAbsolutePath().normalize() + "\"\n";
	}

	private static String lines(List<List<Integer>> outputs) {
		return outputs.stream().map(values -> values.stream().map(String::valueOf).collect(Collectors.joining(" ")))
				.collect(Collectors.joining("\n", "", "\n"));
	}
}
