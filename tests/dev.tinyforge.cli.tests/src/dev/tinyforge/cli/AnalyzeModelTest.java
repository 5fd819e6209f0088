package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code tinyforge analyze FILE.tflite}: the imported model's per-layer report, as for a .tinyml network. */
class AnalyzeModelTest {

	private static final String PERSON_DETECT = SharedModels.model("person_detect");

	@TempDir
	Path folder;

	@Test
	void personDetectionHasTheKnownMacsAndNoVerdict() {
		CliRun run = CliRun.of("analyze", PERSON_DETECT);
		assertEquals("", run.err());
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("network person_detect\n"), run.out());
		assertTrue(run.out().contains("\n  MACs             7,157,888\n"), run.out());
		assertFalse(run.out().contains("=>"), run.out());
		TextReport report = new TextReport(run.out());
		assertEquals(31, report.rows.size());
		assertEquals(report.total("MACs"), report.rows.stream().mapToLong(TextReport.Row::macs).sum());
		assertEquals("DEPTHWISE_CONV_2D", report.rows.get(0).op());
	}

	/** tinyengine_vww's PAD before its first stride-2 depthwise (#7) is done by the depthwise, in text and JSON. */
	@Test
	void aPadFusedIntoTheDepthwiseReadingItIsMarked() {
		String model = SharedModels.model("tinyengine_vww");
		CliRun run = CliRun.of("analyze", model);
		assertEquals(0, run.exitCode(), run.err());
		String padRow = run.out().lines().filter(line -> line.startsWith("   6  ")).findFirst().orElseThrow();
		assertTrue(padRow.contains(" PAD ") && padRow.endsWith("fused into #7"), padRow);

		CliRun json = CliRun.of("analyze", model, "--json");
		JsonObject analysis = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("analyses").get(0)
				.getAsJsonObject();
		assertEquals(7, analysis.getAsJsonArray("layers").get(6).getAsJsonObject().get("fusedInto").getAsInt());
		assertFalse(analysis.getAsJsonArray("layers").get(7).getAsJsonObject().has("fusedInto"));
	}

	@Test
	void jsonHasTheKnownMacsAndNoDevice() {
		CliRun run = CliRun.of("analyze", PERSON_DETECT, "--json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
		assertTrue(document.get("passed").getAsBoolean());
		assertEquals(PERSON_DETECT, document.get("file").getAsString());
		JsonObject analysis = document.getAsJsonArray("analyses").get(0).getAsJsonObject();
		assertEquals("person_detect", analysis.get("network").getAsString());
		assertEquals(7_157_888, analysis.getAsJsonObject("totals").get("macs").getAsLong());
		assertFalse(analysis.has("device"));
		assertFalse(analysis.has("verdict"));
	}

	@Test
	void importProblemsAreOneLineEachAfterTheFileName() throws IOException {
		Path broken = truncatedPersonDetection();
		CliRun run = CliRun.of("analyze", broken.toString());
		assertEquals(1, run.exitCode());
		assertEquals("", run.out());
		assertFalse(run.err().isEmpty());
		assertTrue(run.err().lines().allMatch(line -> line.startsWith(broken + ": ")), run.err());
		assertTrue(run.err().contains("past the end of the file"), run.err());
		assertFalse(run.showsStackTrace());
	}

	/** As for a .tinyml file with errors, a tool reading JSON gets a document, with the reasons in it. */
	@Test
	void importProblemsInJsonAreTheProblemsOfANetworkNotAnalysed() throws IOException {
		Path broken = truncatedPersonDetection();
		CliRun run = CliRun.of("analyze", broken.toString(), "--json");
		assertEquals(1, run.exitCode());
		assertEquals("", run.err());
		JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
		assertFalse(document.get("passed").getAsBoolean());
		JsonObject analysis = document.getAsJsonArray("analyses").get(0).getAsJsonObject();
		assertEquals("broken", analysis.get("network").getAsString());
		assertFalse(analysis.get("analyzed").getAsBoolean());
		assertTrue(analysis.getAsJsonArray("problems").get(0).getAsString().contains("past the end of the file"),
				run.out());
	}

	private Path truncatedPersonDetection() throws IOException {
		byte[] model = Files.readAllBytes(Path.of(PERSON_DETECT));
		return Files.write(folder.resolve("broken.tflite"), Arrays.copyOf(model, 1000));
	}
}
