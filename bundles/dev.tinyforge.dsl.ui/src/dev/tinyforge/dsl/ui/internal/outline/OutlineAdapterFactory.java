package dev.tinyforge.dsl.ui.internal.outline;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * Gives the Generic Editor, which has no outline of its own, the {@link TinyMlOutlinePage} when it edits a .tinyml
 * file: the workbench asks the editor for the adapter and the editor asks the platform's adapter manager.
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (file != null && TinyMlUi.FILE_EXTENSION.equals(file.getFileExtension())) {
				return type.cast(new TinyMlOutlinePage(editor));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
