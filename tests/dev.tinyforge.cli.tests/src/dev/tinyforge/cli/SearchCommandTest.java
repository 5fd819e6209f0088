package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.tinyforge.testing.SearchTexts;

/** {@code tinyforge search}: ranking, JSON report, and the winners written into the file. */
class SearchCommandTest {

	private static final String PROJECT = SearchTexts.TWO_BOARDS;

	@TempDir
	Path folder;

	@Test
	void appliesTheWinnersAsNetworksThatFitTheirDevices() throws IOException {
		Path file = Files.writeString(folder.resolve("search.tinyml"), PROJECT);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		Path report = folder.resolve("report.json");
		CliRun run = CliRun.of("search", file.toString(), "--apply", "--json", report.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
		assertTrue(run.out().contains("search tiny on f746"), run.out());
		assertTrue(run.out().contains("applied: network tiny_f412 added to"), run.out());

		String text = Files.readString(file);
		assertTrue(text.startsWith(PROJECT.substring(0, PROJECT.indexOf("\t}\n}\n") + 4)), text);
		assertTrue(text.contains("}\n\nnetwork tiny_f746 {\n\tinput image "), text);
		assertTrue(text.contains("\tmbconv s1_b1 filters "), text);
		Files.writeString(file, text + "\ndeploy tiny_f746 on f746\n\ndeploy tiny_f412 on f412\n");
		CliRun analyze = CliRun.of("analyze", file.toString());
		assertEquals(0, analyze.exitCode(), analyze.out() + analyze.err());

		JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
		JsonObject f412 = json.getAsJsonArray("searches").get(0).getAsJsonObject().getAsJsonArray("devices").get(1)
				.getAsJsonObject();
		assertEquals("f412", f412.get("device").getAsString());
		assertEquals(4, f412.getAsJsonArray("stage1").size());
		assertTrue(f412.getAsJsonObject("best").get("sramBytes").getAsLong() <= 192 * 1024);
	}

	@Test
	void applyingTwiceIsRefusedAndLeavesTheFile() throws IOException {
		Path file = Files.writeString(folder.resolve("search.tinyml"), PROJECT);
		assertEquals(0, CliRun.of("search", file.toString(), "--apply", "--device", "f746").exitCode());
		String applied = Files.readString(file);
		Files.delete(folder.resolve("search.tinyml.search.json"));
		CliRun again = CliRun.of("search", file.toString(), "--apply", "--device", "f746");
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("already holds a network tiny_f746"), again.err());
		assertEquals(applied, Files.readString(file));
		assertFalse(Files.exists(folder.resolve("search.tinyml.search.json")));
	}

	/**
	 * The evaluator scores a candidate by its resolution and reports nothing for 7x7 kernels in the first block:
	 * the search goes on without those, and the report lists them.
	 */
	@Test
	void searchesWithTheUsersEvaluator() throws IOException {
		Files.writeString(folder.resolve("eval.sh"), """
				grep -q 'mbconv s1_b1 .* kernel 7' "$1/network.tinyml" && { echo 'no 7x7 here' >&2; exit 1; }
				sed -n 's/.*"resolution": \\([0-9]*\\).*/\\1/p' "$1/architecture.json"
				""");
		Path file = Files.writeString(folder.resolve("search.tinyml"), PROJECT.replace("maximize macs",
				"maximize accuracy with \"sh eval.sh\" parallel 2 timeout 20000 ms"));
		CliRun run = CliRun.of("search", file.toString(), "--device", "f746");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("objective accuracy (sh eval.sh)"), run.out());
		JsonObject search = JsonParser.parseString(Files.readString(folder.resolve("search.tinyml.search.json")))
				.getAsJsonObject().getAsJsonArray("searches").get(0).getAsJsonObject();
		JsonObject best = search.getAsJsonArray("devices").get(0).getAsJsonObject().getAsJsonObject("best");
		assertEquals(best.get("resolution").getAsDouble(), best.get("score").getAsDouble());
		assertTrue(search.getAsJsonArray("evaluatorFailures").size() > 0);
		assertTrue(run.err().contains(": exited with status 1; stderr: no 7x7 here"), run.err());
	}

	/** 'maximize accuracy' without a command takes --evaluator's, and without either says where to give one. */
	@Test
	void theEvaluatorOptionScoresABlockThatNamesNone() throws IOException {
		Files.writeString(folder.resolve("half.sh"), "echo 0.5\n");
		Path file = Files.writeString(folder.resolve("search.tinyml"), PROJECT.replace("maximize macs",
				"maximize accuracy"));
		CliRun run = CliRun.of("search", file.toString(), "--device", "f746", "--evaluator", "sh half.sh");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("objective accuracy (sh half.sh)"), run.out());

		CliRun without = CliRun.of("search", file.toString(), "--device", "f746");
		assertEquals(1, without.exitCode());
		assertTrue(without.err().contains("search tiny: 'maximize accuracy' names no evaluator"), without.err());
		assertFalse(without.showsStackTrace());
	}

	@Test
	void anUnknownDeviceIsAUsageError() throws IOException {
		Path file = Files.writeString(folder.resolve("search.tinyml"), PROJECT);
		CliRun run = CliRun.of("search", file.toString(), "--device", "nrf52");
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + file + ": --device nrf52: no such device in the file or its folder\n", run.err());
		assertFalse(run.showsStackTrace());
	}
}
