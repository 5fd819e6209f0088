package dev.tinyforge.ui.internal.build;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * On save (and on a full build) validates the .tinyml files of the folders where one changed, a file's neighbours
 * included since they use each other's devices and networks, and regenerates the C code of each valid file's
 * deploys. Problems become markers; generated folders are refreshed so that the CDT build sees them.
 */
public class TinyForgeBuilder extends IncrementalProjectBuilder {

	public static final String ID = "dev.tinyforge.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		Set<IFile> files = new LinkedHashSet<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta == null) {
			getProject().accept(resource -> collect(resource, files));
		} else {
			Set<IContainer> folders = new LinkedHashSet<>();
			delta.accept(change -> {
				if (isModel(change.getResource()) && change.getKind() != IResourceDelta.REMOVED) {
					folders.add(change.getResource().getParent());
				}
				return true;
			});
			for (IContainer folder : folders) {
				for (IResource member : folder.members()) {
					collect(member, files);
				}
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, "TinyForge", files.size());
		for (IFile file : files) {
			progress.subTask(file.getName());
			ModelBuild.run(file);
			progress.worked(1);
			if (progress.isCanceled()) {
				break;
			}
		}
		return null;
	}

	private static boolean collect(IResource resource, Set<IFile> files) {
		if (isModel(resource)) {
			files.add((IFile) resource);
		}
		return true;
	}

	private static boolean isModel(IResource resource) {
		return resource instanceof IFile && TinyMlUi.FILE_EXTENSION.equals(resource.getFileExtension());
	}
}
