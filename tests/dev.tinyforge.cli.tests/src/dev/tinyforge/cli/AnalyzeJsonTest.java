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

/** {@code tinyforge analyze FILE --json}: one document on stdout with the same numbers as the text report. */
class AnalyzeJsonTest {

	@TempDir
	Path folder;

	private static JsonObject json(CliRun run) {
		return JsonParser.parseString(run.out()).getAsJsonObject();
	}

	@Test
	void numbersEqualTheTextReport() {
		Path app = Projects.deployment(folder, "deploy small on roomy\n");
		TextReport text = new TextReport(CliRun.of("analyze", app.toString()).out());
		CliRun run = CliRun.of("analyze", app.toString(), "--json");
		assertEquals(0, run.exitCode());
		assertEquals("", run.err());

		JsonObject document = json(run);
		assertTrue(document.get("passed").getAsBoolean());
		JsonObject analysis = document.getAsJsonArray("analyses").get(0).getAsJsonObject();
		assertEquals("small", analysis.get("network").getAsString());
		assertEquals("roomy", analysis.get("device").getAsString());
		JsonArray layers = analysis.getAsJsonArray("layers");
		assertEquals(text.rows.size(), layers.size());
		for (int i = 0; i < layers.size(); i++) {
			JsonObject layer = layers.get(i).getAsJsonObject();
			TextReport.Row row = text.rows.get(i);
			assertEquals(row.step(), layer.get("step").getAsInt());
			assertEquals(row.name(), layer.get("name").getAsString());
			assertEquals(row.op(), layer.get("op").getAsString());
			assertEquals(row.macs(), layer.get("macs").getAsLong(), row.name());
			assertEquals(row.weightBytes(), layer.get("weightBytes").getAsLong(), row.name());
			assertEquals(row.scratchBytes(), layer.get("scratchBytes").getAsLong(), row.name());
			assertEquals(row.liveBytes(), layer.get("liveBytes").getAsLong(), row.name());
			assertEquals(row.markedPeak(), layer.get("peak").getAsBoolean(), row.name());
		}
		JsonObject totals = analysis.getAsJsonObject("totals");
		assertEquals(text.total("MACs"), totals.get("macs").getAsLong());
		assertEquals(text.total("params"), totals.get("params").getAsLong());
		assertEquals(text.total("weights (Flash)"), totals.get("weightBytes").getAsLong());
		assertEquals(text.total("arena (SRAM)"), totals.get("arenaBytes").getAsLong());
		JsonObject verdict = analysis.getAsJsonObject("verdict");
		assertTrue(verdict.get("fits").getAsBoolean());
		for (String memory : new String[] { "SRAM", "Flash" }) {
			JsonObject fit = verdict.getAsJsonObject(memory.toLowerCase());
			assertEquals(text.needed(memory), fit.get("neededBytes").getAsLong(), memory);
			assertEquals(text.available(memory), fit.get("availableBytes").getAsLong(), memory);
		}
	}

	@Test
	void patchPhaseRowsAndPlan() {
		Path app = Projects.deployment(folder, "deploy small on roomy { patches 2x2 until c1 }\n");
		String text = CliRun.of("analyze", app.toString()).out();
		assertTrue(text.lines().anyMatch(line -> line.matches("\\s+0  +c1 .*  patch")), text);
		assertTrue(text.contains("2x2 over #0..#0 (until "), text);
		JsonObject analysis = json(CliRun.of("analyze", app.toString(), "--json")).getAsJsonArray("analyses").get(0)
				.getAsJsonObject();
		JsonArray layers = analysis.getAsJsonArray("layers");
		assertEquals("patch", layers.get(0).getAsJsonObject().get("phase").getAsString());
		assertEquals("layer", layers.get(1).getAsJsonObject().get("phase").getAsString());
		JsonObject patches = analysis.getAsJsonObject("patches");
		assertEquals(2, patches.get("rows").getAsInt());
		assertEquals(2, patches.get("columns").getAsInt());
		assertEquals(0, patches.get("splitStep").getAsInt());
		// The split layer alone computes each output once: nothing to recompute.
		assertEquals(0, patches.get("extraMacs").getAsLong());
		assertEquals(layers.get(0).getAsJsonObject().get("macs").getAsLong(), patches.get("executedMacs").getAsLong());
	}

	@Test
	void deploymentThatDoesNotFit() {
		Path app = Projects.deployment(folder, "deploy small on cramped\n");
		CliRun run = CliRun.of("analyze", app.toString(), "--json");
		assertEquals(1, run.exitCode());
		JsonObject document = json(run);
		assertFalse(document.get("passed").getAsBoolean());
		JsonObject verdict = document.getAsJsonArray("analyses").get(0).getAsJsonObject().getAsJsonObject("verdict");
		assertFalse(verdict.get("fits").getAsBoolean());
		JsonObject sram = verdict.getAsJsonObject("sram");
		assertEquals(6 * 1024, sram.get("availableBytes").getAsLong());
		assertEquals(sram.get("neededBytes").getAsLong() - 6 * 1024, sram.get("overBytes").getAsLong());
	}

	@Test
	void diagnosticsAreInTheDocumentAndNotOnStderr() {
		Path file = Projects.write(folder, "app.tinyml", "deploy nothing on nowhere\n");
		CliRun run = CliRun.of("analyze", file.toString(), "--json");
		assertEquals(1, run.exitCode());
		assertEquals("", run.err());
		JsonObject document = json(run);
		JsonObject diagnostic = document.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
		assertEquals("error", diagnostic.get("severity").getAsString());
		assertEquals(file.toString(), diagnostic.get("file").getAsString());
		assertEquals(1, diagnostic.get("line").getAsInt());
		assertEquals(8, diagnostic.get("column").getAsInt());
		assertEquals(0, document.getAsJsonArray("analyses").size());
	}

	@Test
	void networkOnItsOwnHasNoVerdict() {
		Path file = Projects.write(folder, "small.tinyml", Projects.NETWORK);
		JsonObject analysis = json(CliRun.of("analyze", file.toString(), "--json")).getAsJsonArray("analyses")
				.get(0).getAsJsonObject();
		assertTrue(analysis.get("analyzed").getAsBoolean());
		assertFalse(analysis.has("device"));
		assertFalse(analysis.has("verdict"));
	}
}
