package dev.tinyforge.dsl.ui.internal.quickfix;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.edit.WidthReduction;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.dsl.ui.internal.editor.DocumentEdits;
import dev.tinyforge.dsl.ui.markers.ProblemMarkers;

/**
 * For a deployment over its SRAM budget: halves the width of its network ({@link WidthReduction}), in the file that
 * declares the network. An open editor gets the change as an undoable, unsaved edit; a closed file is saved.
 */
final class HalveWidthResolution implements IMarkerResolution2 {

	@Override
	public String getLabel() {
		return "Halve the network's width";
	}

	@Override
	public String getDescription() {
		return "Halves the filters of every layer but the last, which gives the classes: activations, and so the SRAM "
				+ "they need, shrink with the channel count.";
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return;
		}
		try {
			Network network = networkDeployedAt(file, marker.getAttribute(IMarker.CHAR_START, -1));
			IFile declaring = network == null ? null : TinyMlUi.fileOf(network.eResource().getURI());
			if (declaring != null) {
				edit(declaring, WidthReduction.halve(network));
				revalidate(file);
			}
		} catch (CoreException | BadLocationException e) {
			ILog.of(HalveWidthResolution.class).error("Cannot halve the width of the network in " + file.getFullPath(), e);
		}
	}

	/** The network of the deployment whose text holds {@code offset}, parsed from the file's current text. */
	private static Network networkDeployedAt(IFile file, int offset) throws CoreException {
		XtextResource resource = TinyMlUi.parse(withBuffer(file, buffer -> buffer.getDocument().get()), file);
		for (Deployment deployment : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Deployment.class)) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(deployment);
			if (node != null && node.getOffset() <= offset && offset < node.getEndOffset()
					&& deployment.getNetwork() != null && !deployment.getNetwork().eIsProxy()) {
				return deployment.getNetwork();
			}
		}
		return null;
	}

	private static void edit(IFile file, List<TextReplacement> replacements) throws CoreException, BadLocationException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			DocumentEdits.apply(buffer.getDocument(), replacements);
			if (!buffer.isShared()) {
				buffer.commit(null, true); // no editor holds the change: save it
			}
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	/** Updates the markers at once rather than on the next reconcile or build. */
	private static void revalidate(IFile file) throws CoreException {
		String text = withBuffer(file, buffer -> buffer.getDocument().get());
		ProblemMarkers.replace(file, ProblemMarkers.validate(TinyMlUi.parse(text, file)));
	}

	private interface BufferQuery<T> {
		T ask(ITextFileBuffer buffer);
	}

	private static <T> T withBuffer(IFile file, BufferQuery<T> query) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			return query.ask(manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE));
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}
}
