package dev.tinyforge.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals on the repository's example projects, with the command-line jar of this build (system property
 * {@code tinyforge.cli}, set by the POM).
 */
class GoalsTest {

	private static final Path EXAMPLES = Path.of("../../example-projects");

	@Test
	void analyzePassesWhenEveryDeployFits() throws Exception {
		configure(new AnalyzeMojo(), EXAMPLES.resolve("person-detection/person-detect.tinyml")).execute();
	}

	@Test
	void analyzeFailsTheBuildWithTheVerdictWhenADeployDoesNotFit() {
		MojoFailureException e = assertThrows(MojoFailureException.class,
				configure(new AnalyzeMojo(), EXAMPLES.resolve("person-detection/too-big-for-m0.tinyml"))::execute);

		assertTrue(e.getMessage().contains("=> DOES NOT FIT: SRAM "), e.getMessage());
	}

	@Test
	void generateWritesTheDeploysCode(@TempDir Path out) throws Exception {
		GenerateMojo generate = configure(new GenerateMojo(),
				EXAMPLES.resolve("stm32f746g-disco-person-detection/person-detection.tinyml"));
		generate.outputDirectory = out.resolve("TinyForge").toFile();

		generate.execute();

		assertTrue(Files.readString(out.resolve("TinyForge/person_detect.h")).contains("person_detect_invoke("));
	}

	@Test
	void aMissingFileIsAConfigurationError() {
		MojoExecutionException e = assertThrows(MojoExecutionException.class,
				configure(new AnalyzeMojo(), EXAMPLES.resolve("missing.tinyml"))::execute);

		assertTrue(e.getMessage().startsWith("tinyforge analyze "), e.getMessage());
	}

	@Test
	void aMissingJarIsNamed() {
		AnalyzeMojo analyze = configure(new AnalyzeMojo(), EXAMPLES.resolve("person-detection/person-detect.tinyml"));
		analyze.cli = new File("nowhere/tinyforge.jar");

		assertEquals("TinyForge command line not found: nowhere/tinyforge.jar (set <cli> to tinyforge.jar, which the"
				+ " TinyForge build writes to bundles/dev.tinyforge.cli/target/cli/)",
				assertThrows(MojoExecutionException.class, analyze::execute).getMessage());
	}

	private static <M extends TinyForgeMojo> M configure(M mojo, Path file) {
		mojo.file = file.toFile();
		mojo.cli = new File(System.getProperty("tinyforge.cli"));
		return mojo;
	}
}
