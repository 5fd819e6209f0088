package dev.tinyforge.dsl.ui.internal.outline;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import dev.tinyforge.dsl.ui.internal.editor.DocumentFiles;

/** The outline of one .tinyml editor, rebuilt a moment after each change; selecting an element selects its name. */
public class TinyMlOutlinePage extends ContentOutlinePage {

	private static final int REFRESH_DELAY_MILLIS = 500;

	private final ITextEditor editor;
	private final IDocument document;
	private final Runnable refresh = this::refresh;
	private final IDocumentListener changes = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// only the change itself matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			Composite control = (Composite) getControl();
			if (control != null && !control.isDisposed()) {
				control.getDisplay().timerExec(REFRESH_DELAY_MILLIS, refresh);
			}
		}
	};

	public TinyMlOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Nodes());
		viewer.setLabelProvider(LabelProvider.createTextProvider(Object::toString));
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof OutlineNode node) {
				editor.selectAndReveal(node.offset(), node.length());
			}
		});
		document.addDocumentListener(changes);
		refresh();
	}

	/** Rebuilds the tree from the editor's current text, keeping which elements are expanded. */
	public void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(OutlineNode.of(DocumentFiles.parse(document)));
		viewer.expandToLevel(2);
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(changes);
		super.dispose();
	}

	/** The input is the list of top-level nodes. */
	private static final class Nodes implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}
}
