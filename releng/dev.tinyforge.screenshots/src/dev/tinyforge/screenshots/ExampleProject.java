package dev.tinyforge.screenshots;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Copies the files of an example folder into a new workspace project of the same name. */
final class ExampleProject {

	private ExampleProject() {
	}

	static IProject importFolder(Path folder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(folder.getFileName().toString());
		project.create(null);
		project.open(null);
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			try (InputStream content = Files.newInputStream(file)) {
				project.getFile(file.getFileName().toString()).create(content, true, null);
			}
		}
		return project;
	}
}
