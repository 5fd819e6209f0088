package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;

/** Example projects copied into the test workspace, and waiting on the UI thread for what they make happen. */
final class ExampleWorkspace {

	/** The example projects, relative to this fragment's folder (the tests' working directory). */
	private static final Path EXAMPLES = Path.of("../../example-projects");

	private ExampleWorkspace() {
	}

	/** A new open project {@code name} holding copies of the example's {@code files}. */
	static IProject copy(String example, String name, String... files) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(null);
		project.open(null);
		for (String file : files) {
			project.getFile(file).create(
					new ByteArrayInputStream(Files.readAllBytes(EXAMPLES.resolve(example).resolve(file))), true, null);
		}
		return project;
	}

	/** Runs the event loop until {@code condition} holds; fails with {@code message} after 20 seconds. */
	static void waitUntil(BooleanSupplier condition, String message) {
		waitUntil(condition, () -> message);
	}

	/** As {@link #waitUntil(BooleanSupplier, String)}, with the failure's message made when it fails. */
	static void waitUntil(BooleanSupplier condition, Supplier<String> message) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < end, message);
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { /* wakes the loop to check again */ });
				display.sleep();
			}
		}
	}
}
