package dev.tinyforge.dsl.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.tinyforge.dsl.formatting2.FormattingEdits;
import dev.tinyforge.dsl.ui.TinyMlUi;

/** Source > Format (Ctrl+Shift+F) in a .tinyml editor: lays the file out with the language's formatter. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			try {
				DocumentEdits.apply(document,
						TinyMlUi.injector().getInstance(FormattingEdits.class).of(DocumentFiles.parse(document)));
			} catch (BadLocationException e) {
				throw new ExecutionException("The formatter's edits do not fit the text", e);
			}
		}
		return null;
	}
}
