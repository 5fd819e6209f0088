package dev.tinyforge.dsl.ui.internal.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.dsl.ui.TinyMlUi;

/** The workspace file behind an editor's document, so that its text is parsed with the files beside it. */
public final class DocumentFiles {

	private DocumentFiles() {
	}

	/** @return null for a document of no workspace file (e.g. a file opened from outside the workspace) */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.exists() ? file : null;
	}

	/** Parses the document's current text with its file's neighbours. */
	public static XtextResource parse(IDocument document) {
		return TinyMlUi.parse(document.get(), fileOf(document));
	}
}
