package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code tinyforge analyze FILE --train}: the training memory of the hand-checked network of the analysis tests
 * (TrainingMemoryAnalyzerTest: x 8x8x3, conv 8 ReLU, conv 16 stride 2 ReLU, dense 10), written in the DSL, whose
 * peaks are 36,784 B for full fine-tuning and 23,888 B for bias only at batch 1, 42,768 B full at batch 2.
 */
class AnalyzeTrainTest {

	private static final String HAND = """
			network hand {
				input image 8x8x3 int8
				conv c1 filters 8 kernel 3x3 activation relu
				conv c2 filters 16 kernel 3x3 stride 2 activation relu
				dense fc units 10
			}
			""";

	@TempDir
	Path folder;

	private static JsonObject training(CliRun run, int index) {
		return JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("trainings").get(index)
				.getAsJsonObject();
	}

	private static long peak(JsonObject training, int scheme) {
		return training.getAsJsonArray("schemes").get(scheme).getAsJsonObject().get("peakBytes").getAsLong();
	}

	@Test
	void textComparesTheSchemes() {
		Path file = Projects.write(folder, "hand.tinyml", HAND + "train hand { scheme bias-only }\n");
		CliRun run = CliRun.of("analyze", file.toString(), "--train");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith(
				"train hand: bias-only, batch 1, sgd, weights fp32, activations fp32\n"), run.out());
		assertTrue(run.out().contains("peak                    23,888 B (23.3 KiB) live at #1 c2 backward"),
				run.out());
		assertTrue(run.out().matches("(?s).*\n  full +3,936 +15,848 +15,848 +0 +0 +36,784 +36,784 +0 +1.00x\n.*"),
				run.out());
		// bias-only leaves both convolutions' int8 filters in Flash: 216 + 1,152 B
		assertTrue(run.out().matches("(?s).*\n  bias-only +1,120 +10,376 +10,376 +0 +0 +23,888 +23,888 +1,368 +1.54x\n.*"),
				run.out());
	}

	@Test
	void jsonHasTheSameNumbersPerLayerAndScheme() {
		Path file = Projects.write(folder, "hand.tinyml", HAND + "train hand { scheme full batch 2 }\n");
		CliRun run = CliRun.of("analyze", file.toString(), "--train", "--json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject training = training(run, 0);
		assertEquals(2, training.getAsJsonObject("setup").get("batch").getAsInt());
		JsonArray layers = training.getAsJsonArray("layers");
		assertEquals(3, layers.size());
		// batch 2: conv1 keeps x (2 x 768) and its ReLU mask (2 x 64)
		assertEquals(2 * (768 + 64), layers.get(0).getAsJsonObject().get("keptActivationBytes").getAsLong());
		assertEquals(42_768, layers.get(1).getAsJsonObject().get("backwardLiveBytes").getAsLong());
		assertEquals(42_768, training.getAsJsonObject("totals").get("peakBytes").getAsLong());
		assertEquals(42_768, peak(training, 0));
		assertEquals(36_784, training.getAsJsonArray("batchScaling").get(0).getAsJsonObject().get("peakBytes")
				.getAsLong());
	}

	@Test
	void aNetworkWithoutTrainBlockGetsTinyTlsSetup() {
		Path file = Projects.write(folder, "hand.tinyml", HAND);
		CliRun run = CliRun.of("analyze", file.toString(), "--train", "--json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject training = training(run, 0);
		assertEquals("bias-only + lite-residual", training.getAsJsonObject("setup").get("scheme").getAsString());
		assertEquals(36_784, peak(training, 0));
		assertEquals(23_888, peak(training, 2));
	}

	@Test
	void anUnknownLayerIsAnErrorInTheFile() {
		Path file = Projects.write(folder, "hand.tinyml", HAND + "train hand { scheme layers c1, c9 }\n");
		CliRun run = CliRun.of("analyze", file.toString(), "--train");
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("hand.tinyml:7:32: error: Network 'hand' has no layer with weights named 'c9'"),
				run.err());
		assertFalse(run.showsStackTrace(), run.err());
	}

	@Test
	void aModelGetsTinyTlsSetup() {
		CliRun run = CliRun.of("analyze", SharedModels.model("person_detect"), "--train", "--json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject training = training(run, 0);
		assertTrue(training.get("analyzed").getAsBoolean());
		assertEquals(31, training.getAsJsonArray("layers").size());
		// only the classifier: no activation below it is kept, so far less than full fine-tuning
		assertTrue(peak(training, 1) * 5 < peak(training, 0));
	}

	@Test
	void theExampleProjectComparesTwoTrainBlocks() {
		CliRun run = CliRun.of("analyze", "../../example-projects/on-device-training/fine-tune.tinyml", "--train",
				"--json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(0, document.getAsJsonArray("diagnostics").size());
		assertEquals(2, document.getAsJsonArray("trainings").size());
		JsonObject tinyTl = training(run, 0);
		assertEquals(17, tinyTl.getAsJsonObject("totals").get("liteResidualModules").getAsInt()); // one per mbconv
		assertTrue(peak(tinyTl, 3) < peak(tinyTl, 0));
	}

	@Test
	void trainIsAnOptionOfAnalyzeOnly() {
		CliRun run = CliRun.of("import", SharedModels.model("person_detect"), "--train");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("import: unknown option '--train'"), run.err());
	}
}
