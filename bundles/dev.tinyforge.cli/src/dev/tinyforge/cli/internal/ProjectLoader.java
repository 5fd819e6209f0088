package dev.tinyforge.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Loads a .tinyml file together with the other .tinyml files of its folder into one resource set: a project's
 * files use each other's devices and networks, and Xtext links across the resources of a set.
 */
final class ProjectLoader {

	private final ResourceSet resourceSet;

	/** @param resourceSet an empty set made by the language's injector */
	ProjectLoader(ResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	/**
	 * @param file as the user named it; messages keep that form
	 * @return the file's resource, its neighbours loaded beside it
	 * @throws CommandFailure a usage error naming the file that could not be read
	 */
	Resource load(Path file) throws CommandFailure {
		Resource resource = load(file, file);
		for (Path neighbour : neighbours(file)) {
			load(file.resolveSibling(neighbour.getFileName()), neighbour);
		}
		return resource;
	}

	private static List<Path> neighbours(Path file) throws CommandFailure {
		Path absolute = file.toAbsolutePath().normalize();
		try (Stream<Path> paths = Files.list(absolute.getParent())) {
			return paths.filter(path -> path.getFileName().toString().endsWith(FileChecks.TINYML))
					.filter(path -> !path.equals(absolute) && Files.isRegularFile(path)).sorted().toList();
		} catch (IOException e) {
			throw CommandFailure.usage(file.toString(), "cannot list its folder");
		}
	}

	private Resource load(Path shown, Path path) throws CommandFailure {
		URI uri = URI.createFileURI(path.toAbsolutePath().normalize().toString());
		try {
			return resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			// EMF wraps the IOException of a file it cannot read.
			throw CommandFailure.usage(shown.toString(), "cannot read");
		}
	}
}
