package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/** The repository's example project, TensorFlow Lite Micro's person detection network. */
class PersonDetectionExampleTest {

	@Test
	void fitsTheDiscoveryBoardWithTheKnownMacs() {
		CliRun run = CliRun.of("analyze", Projects.personDetection().resolve("person-detect.tinyml").toString());
		assertEquals("", run.err());
		assertEquals(0, run.exitCode());
		assertTrue(run.out().contains("\n  MACs             7,157,888\n"), run.out());
		assertTrue(run.out().contains("\n  => FITS\n"), run.out());
	}

	@Test
	void jsonHasTheKnownMacs() {
		CliRun run = CliRun.of("analyze", Projects.personDetection().resolve("person-detect.tinyml").toString(),
				"--json");
		assertEquals(7_157_888, JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("analyses").get(0)
				.getAsJsonObject().getAsJsonObject("totals").get("macs").getAsLong());
	}

	@Test
	void doesNotFitACortexM0Plus() {
		CliRun run = CliRun.of("analyze", Projects.personDetection().resolve("too-big-for-m0.tinyml").toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains("=> DOES NOT FIT: SRAM "), run.out());
		assertTrue(run.out().contains(" B over, Flash "), run.out());
	}
}
