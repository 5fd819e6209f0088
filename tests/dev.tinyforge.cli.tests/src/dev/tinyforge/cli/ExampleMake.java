package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.testing.Processes;

/**
 * An example project of the repository built with its own Makefile, with the C generated (by this CLI, in the
 * test's JVM) into a temporary folder, where the Makefile's other products go too: the source tree stays as it is.
 * The Makefile must take the folder of the generated code as {@code GENERATED}, and {@code TINYFORGE=false} makes
 * it fail if it tries to generate again.
 */
final class ExampleMake {

	private final Path example;
	private final Path work;

	private ExampleMake(Path example, Path work) {
		this.example = example;
		this.work = work;
	}

	/** Skips the test unless make and {@code compiler} are installed; generates {@code tinyml}'s deploy. */
	static ExampleMake generate(String example, String tinyml, Path work, String compiler) {
		assumeTrue(Processes.onPath("make") && Processes.onPath(compiler), "make and " + compiler
				+ " are needed to build the example " + example);
		Path folder = Path.of("../../example-projects", example);
		assertTrue(Files.isDirectory(folder), "no example at " + folder.toAbsolutePath().normalize());
		CliRun run = CliRun.of("generate", folder.resolve(tinyml).toString(), "--out",
				work.resolve("generated").toString());
		assertEquals(0, run.exitCode(), run.err());
		return new ExampleMake(folder.toAbsolutePath(), work);
	}

	/** {@code make goal NAME=path...}, each path taken in the work folder; returns what make printed. */
	String run(String goal, String... assignments) {
		List<String> command = new ArrayList<>(List.of("make", "-C", example.toString(), goal, "TINYFORGE=false",
				"GENERATED=" + work.resolve("generated")));
		for (String assignment : assignments) {
			int equals = assignment.indexOf('=');
			command.add(assignment.substring(0, equals + 1) + work.resolve(assignment.substring(equals + 1)));
		}
		return Processes.run(work, 300, command);
	}
}
