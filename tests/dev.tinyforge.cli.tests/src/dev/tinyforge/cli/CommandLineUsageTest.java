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
		assertTrue(run.out().startsWith("Usage: tinyforge analyze FILE.tinyml|FILE.tflite [--json]\n"), run.out());
		assertTrue(run.out().contains("\n       tinyforge import FILE.tflite [--name NAME]\n"), run.out());
		assertTrue(run.out().contains("\n       tinyforge run MODEL --input FILE"), run.out());
		assertTrue(run.out().contains("\n       tinyforge generate FILE.tinyml|FILE.tflite [--out DIR]"), run.out());
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
		assertTrue(run.err().startsWith("tinyforge: analyze needs a FILE.tinyml or FILE.tflite\n"), run.err());
	}

	@ParameterizedTest
	@ValueSource(strings = { "import", "run" })
	void optionOfAnotherCommand(String command) {
		CliRun run = CliRun.of(command, "model.tflite", "--json");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: " + command + ": unknown option '--json'\n"), run.err());
	}

	@Test
	void importWithoutFile() {
		CliRun run = CliRun.of("import", "--name", "net");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: import needs a FILE.tflite\n"), run.err());
	}

	@Test
	void optionGivenTwice() {
		CliRun run = CliRun.of("import", "model.tflite", "--name", "a", "--name", "b");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: import: --name given twice\n"), run.err());
	}

	@Test
	void optionWithoutItsValue() {
		CliRun run = CliRun.of("import", "model.tflite", "--name");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: import: --name needs a NAME\n"), run.err());
	}

	@Test
	void valueAfterAnEqualsSign() {
		CliRun run = CliRun.of("import", "model.tflite", "--name=my-net");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: import: --name 'my-net' is not a name"), run.err());
	}

	@Test
	void flagWithAValue() {
		CliRun run = CliRun.of("analyze", "net.tinyml", "--json=yes");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: analyze: --json takes no value\n"), run.err());
	}

	@Test
	void runWithoutInput() {
		CliRun run = CliRun.of("run", "model.tflite");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: run needs an --input FILE for each input of the model\n"),
				run.err());
	}

	@Test
	void runWithAnInputFileInsteadOfAnOption() {
		CliRun run = CliRun.of("run", "model.tflite", "x.bin");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: run takes one MODEL, got 'model.tflite' and 'x.bin'; name input"
				+ " files with --input\n"), run.err());
	}

	@Test
	void runOfAFileOfAnotherKind() {
		String text = Projects.write(folder, "notes.txt", "hello").toString();
		CliRun run = CliRun.of("run", text, "--input", text);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + text + ": not a .tflite or .tinyml file\n", run.err());
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
		assertEquals("tinyforge: " + text + ": not a .tinyml or .tflite file\n", run.err());
	}

	@Test
	void folderInsteadOfFile() {
		CliRun run = CliRun.of("analyze", folder.toString());
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + folder + ": not a file\n", run.err());
	}
}
