package dev.tinyforge.ui.internal.build;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/** Why the C code of a deploy could not be generated, as a problem marker on the .tinyml file. */
final class GenerationMarkers {

	static final String TYPE = "dev.tinyforge.ui.generation";

	private GenerationMarkers() {
	}

	static void clear(IFile file) throws CoreException {
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
	}

	static void add(IFile file, CodeGeneration.Outcome outcome) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		marker.setAttribute(IMarker.MESSAGE, "Code generation of deploy " + outcome.deploy() + " failed: "
				+ (outcome.errors().isEmpty() ? outcome.output() : outcome.errors()));
	}
}
