package dev.tinyforge.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Example projects copied into the test workspace. */
final class ExampleWorkspace {

	/** The example projects, relative to this fragment's folder (the tests' working directory). */
	static final Path EXAMPLES = Path.of("../../example-projects");

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
}
