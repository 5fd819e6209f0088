package dev.tinyforge.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrPackage;

/** Reads and writes IR graphs as XMI files, inside OSGi or standalone. */
public final class IrResources {

	/** File extension of serialised IR graphs. */
	public static final String FILE_EXTENSION = "tfir";

	private IrResources() {
	}

	/** A resource set that knows the IR package and the .tfir extension without the Eclipse registry. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(IrPackage.eNS_URI, IrPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				new XMIResourceFactoryImpl());
		return resourceSet;
	}

	/** Saves a copy, so the graph stays in the resource (if any) it belongs to. */
	public static void save(Graph graph, Path file) throws IOException {
		Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(graph));
		resource.save(Map.of());
	}

	public static Graph load(Path file) throws IOException {
		Resource resource = newResourceSet().getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Graph)) {
			throw new IOException(file + ": no TinyForge IR graph in this file");
		}
		return (Graph) resource.getContents().get(0);
	}
}
