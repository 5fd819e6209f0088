package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands, options and files the tool cannot work with: exit code 2 and one line saying why. */
class CommandLineUsageTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "help", "--help", "-h" })
	void helpPrintsUsage(String word) {
		CliRun run = CliRun.of(word);
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("Usage: tinyforge analyze FILE.tinyml [--json]"), run.out());
		assertEquals("", run.err());
	}

	@Test
	void helpAfterTheCommandPrintsUsage() {
		CliRun run = CliRun.of("analyze", "--help");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().startsWith("Usage:"), run.out());
	}

	@Test
	void versionNamesTheTool() {
		CliRun run = CliRun.of("--version");
		assertEquals(0, run.exitCode());
		assertTrue(run.out().matches("tinyforge \\S.*\\R"), run.out());
	}

	@Test
	void noArguments() {
		CliRun run = CliRun.of();
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("Run 'tinyforge --help' for usage."), run.err());
	}

	@Test
	void unknownCommand() {
		CliRun run = CliRun.of("frobnicate");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: unknown command 'frobnicate'\n"), run.err());
	}

	@Test
	void unknownOption() {
		Path file = Projects.write(folder, "net.tinyml", Projects.NETWORK);
		CliRun run = CliRun.of("analyze", file.toString(), "--fast");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: analyze: unknown option '--fast'\n"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void analyzeWithoutFile() {
		CliRun run = CliRun.of("analyze", "--json");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: analyze needs a FILE.tinyml\n"), run.err());
	}

	@Test
	void twoFiles() {
		Path file = Projects.write(folder, "net.tinyml", Projects.NETWORK);
		assertEquals(2, CliRun.of("analyze", file.toString(), file.toString()).exitCode());
	}

	@Test
	void missingFileIsOneLineWithoutStackTrace() {
		String missing = folder.resolve("missing.tinyml").toString();
		CliRun run = CliRun.of("analyze", missing);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + missing + ": no such file\n", run.err());
		assertEquals("", run.out());
		assertFalse(run.showsStackTrace());
	}

	@Test
	void fileOfAnotherKind() {
		String text = Projects.write(folder, "notes.txt", "hello").toString();
		CliRun run = CliRun.of("analyze", text);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + text + ": not a .tinyml file\n", run.err());
	}

	@Test
	void folderInsteadOfFile() {
		CliRun run = CliRun.of("analyze", folder.toString());
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + folder + ": not a file\n", run.err());
	}
}
