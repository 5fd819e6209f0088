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
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.dsl.ui.internal.editor.DocumentEdits;
import dev.tinyforge.dsl.ui.markers.ProblemMarkers;

/**
 * A quick fix for a problem of a deployment: edits computed from the deployment (parsed from the file's current
 * text) go into the file they name. An open editor gets them as one undoable, unsaved edit; a closed file is saved.
 * The markers are updated at once rather than on the next reconcile or build.
 */
abstract class DeploymentResolution implements IMarkerResolution2 {

	/** The file to edit and the edits, or null when there is nothing to do. */
	record Change(IFile file, List<TextReplacement> replacements) {
	}

	abstract Change change(Deployment deployment, IFile markedFile);

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
			Deployment deployment = deploymentOf(marker);
			Change change = deployment == null ? null : change(deployment, file);
			if (change != null && change.file() != null && !change.replacements().isEmpty()) {
				edit(change.file(), change.replacements());
				String text = withBuffer(file, buffer -> buffer.getDocument().get());
				ProblemMarkers.replace(file, ProblemMarkers.validate(TinyMlUi.parse(text, file)));
			}
		} catch (CoreException | BadLocationException e) {
			ILog.of(getClass()).error("Cannot apply '" + getLabel() + "' to " + file.getFullPath(), e);
		}
	}

	/** The resolved deployment the marker is on, parsed from its file's current text; null if none. */
	static Deployment deploymentOf(IMarker marker) throws CoreException {
		return marker.getResource() instanceof IFile file
				? deploymentAt(file, marker.getAttribute(IMarker.CHAR_START, -1))
				: null;
	}

	/** The resolved deployment whose text holds {@code offset}, parsed from the file's current text. */
	private static Deployment deploymentAt(IFile file, int offset) throws CoreException {
		XtextResource resource = TinyMlUi.parse(withBuffer(file, buffer -> buffer.getDocument().get()), file);
		if (resource.getContents().isEmpty()) {
			return null;
		}
		for (Deployment deployment : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Deployment.class)) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(deployment);
			if (node != null && node.getOffset() <= offset && offset < node.getEndOffset()
					&& deployment.getNetwork() != null && !deployment.getNetwork().eIsProxy()
					&& deployment.getDevice() != null && !deployment.getDevice().eIsProxy()) {
				return deployment;
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
