package dev.tinyforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** The application as Eclipse finds and starts it: its id in the registry, its arguments and exit codes. */
class GenerateApplicationTest {

	private static final Path EXAMPLE = Path.of(
			"../../example-projects/stm32f746g-disco-person-detection/person-detection.tinyml");

	@Test
	void isRegisteredUnderTheDocumentedId() throws Exception {
		IExtension extension = RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.applications",
				"dev.tinyforge.generate");

		assertNotNull(extension, "no application dev.tinyforge.generate (a plugin.xml the registry cannot parse is"
				+ " only logged)");
		IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
		assertTrue(run.createExecutableExtension("class") instanceof GenerateApplication);
	}

	@Test
	void generatesTheDeployAndExitsWithZero(@TempDir Path out) throws Exception {
		Object exitCode = start(EXAMPLE.toString(), "--out", out.resolve("TinyForge").toString());

		assertEquals(0, exitCode);
		assertTrue(Files.isRegularFile(out.resolve("TinyForge/person_detect.c")));
	}

	@Test
	void aDeployThatDoesNotFitExitsWithOne(@TempDir Path out) throws Exception {
		String shared = EXAMPLE.toAbsolutePath().getParent().resolve("../../../shared").toString();
		Path tooBig = Files.writeString(out.resolve("m0.tinyml"), Files.readString(EXAMPLE)
				.replace("sram 320 KB reserve 64 KB", "sram 36 KB reserve 8 KB").replace("../../../shared", shared));

		assertEquals(1, start(tooBig.toString()));
	}

	@Test
	void noFileIsAUsageErrorWithTwo() throws Exception {
		assertEquals(2, start());
	}

	private static Object start(String... arguments) throws Exception {
		return new GenerateApplication().start(new Arguments(arguments));
	}

	/** What Eclipse hands an application: here only its command-line arguments. */
	private record Arguments(String[] arguments) implements IApplicationContext {

		@Override
		public Map<String, Object> getArguments() {
			return Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return null;
		}

		@Override
		public String getBrandingName() {
			return null;
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return null;
		}

		@Override
		public String getBrandingProperty(String key) {
			return null;
		}

		@Override
		public Bundle getBrandingBundle() {
			return null;
		}

		@Override
		public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
		}
	}
}
