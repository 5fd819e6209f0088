package dev.tinyforge.dsl.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import dev.tinyforge.dsl.ide.TinyMlIdeSetup;

/**
 * Entry point of the editor bundles into the language: one Guice injector from the runtime and ide modules,
 * shared by all editor services, and the parse of a text snapshot.
 */
public final class TinyMlUi {

	/** Content type of *.tinyml, declared in plugin.xml and bound to the Generic Editor. */
	public static final String CONTENT_TYPE_ID = "dev.tinyforge.dsl.ui.tinyml";

	public static final String FILE_EXTENSION = "tinyml";

	private TinyMlUi() {
	}

	public static Injector injector() {
		return Holder.INJECTOR;
	}

	/** The class loader initialises this on first use, once, thread-safely. */
	private static final class Holder {
		static final Injector INJECTOR = new TinyMlIdeSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * Parses a snapshot of a file's text in a fresh resource set, with the saved .tinyml files of its folder beside
	 * it, as the command line loads a project: the files use each other's devices and networks. Editor services
	 * call this on whatever thread they run on (content assist runs off the UI thread), so nothing is shared.
	 *
	 * @param file the workspace file the text belongs to, or null for text of no file
	 */
	public static XtextResource parse(String text, IFile file) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = injector().getInstance(XtextResource.class);
		resource.setURI(file == null ? URI.createURI("inmemory:/snapshot.tinyml") : uriOf(file));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (file != null) {
			loadNeighbours(file, resourceSet);
		}
		return resource;
	}

	/** The workspace file an EMF resource URI names, or null. */
	public static IFile fileOf(URI uri) {
		if (uri.isFile()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(new Path(uri.toFileString()));
		}
		return uri.isPlatformResource()
				? ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)))
				: null;
	}

	/**
	 * The file's location on disk where it has one, as the command line names files: a network {@code from} a
	 * model file reads it relative to the .tinyml file on disk.
	 */
	public static URI uriOf(IFile file) {
		return file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	private static void loadNeighbours(IFile file, ResourceSet resourceSet) {
		IContainer folder = file.getParent();
		if (folder == null || !folder.isAccessible()) {
			return;
		}
		try {
			for (IResource member : folder.members()) {
				if (member instanceof IFile neighbour && !neighbour.equals(file)
						&& FILE_EXTENSION.equals(neighbour.getFileExtension())) {
					resourceSet.getResource(uriOf(neighbour), true);
				}
			}
		} catch (CoreException | RuntimeException e) {
			// EMF wraps a file it cannot read in a RuntimeException; its names then stay unresolved in this file
			ILog.of(TinyMlUi.class).warn("Cannot load the .tinyml files beside " + file.getFullPath(), e);
		}
	}
}
