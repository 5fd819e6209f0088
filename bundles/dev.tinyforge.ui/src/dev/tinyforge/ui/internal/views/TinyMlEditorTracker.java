package dev.tinyforge.ui.internal.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * The .tinyml editor last active in a workbench page, for a view that shows something of its file: the view
 * hears when it follows another editor (or none, once that editor closes), and a moment after each change to the
 * editor's text, so that typing does not recompute it on every key. Other editors leave it as it is.
 */
final class TinyMlEditorTracker {

	private static final int CHANGE_DELAY_MILLIS = 400;

	private final IWorkbenchPage page;
	private final Display display;
	private final Runnable changed;
	private ITextEditor editor;
	private IDocument document;

	private final IDocumentListener edits = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the change itself matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			display.timerExec(CHANGE_DELAY_MILLIS, changed);
		}
	};
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart part) {
				follow(part);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	/** @param changed runs on the UI thread whenever the editor or its text changed */
	TinyMlEditorTracker(IWorkbenchPage page, Display display, Runnable changed) {
		this.page = page;
		this.display = display;
		this.changed = changed;
	}

	/** Starts listening and follows the page's active editor. */
	void start() {
		page.addPartListener(editors);
		follow(page.getActiveEditor());
	}

	/** Follows {@code part} if it edits a .tinyml file, nothing for null. */
	private void follow(IEditorPart part) {
		ITextEditor next = part instanceof ITextEditor text && fileOf(text) != null ? text : null;
		if (next == null && part != null) {
			return;
		}
		if (document != null) {
			document.removeDocumentListener(edits);
		}
		editor = next;
		document = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
		if (document != null) {
			document.addDocumentListener(edits);
		}
		changed.run();
	}

	/** The followed editor, null for none. */
	ITextEditor editor() {
		return editor;
	}

	/** The followed editor's text, null for none. */
	IDocument document() {
		return document;
	}

	/** The followed editor's file, null for none. */
	IFile file() {
		return editor == null ? null : fileOf(editor);
	}

	/** The followed editor's current text, parsed with the files beside it; call only while following one. */
	XtextResource parse() {
		return TinyMlUi.parse(document.get(), file());
	}

	void dispose() {
		page.removePartListener(editors);
		if (document != null) {
			document.removeDocumentListener(edits);
		}
	}

	private static IFile fileOf(ITextEditor editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file != null && TinyMlUi.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}
}
