package dev.tinyforge.dsl.ui.internal.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;

import dev.tinyforge.dsl.edit.TextReplacement;

/** Applies {@link TextReplacement}s to a document as one change, which the editor undoes in one step. */
public final class DocumentEdits {

	private DocumentEdits() {
	}

	public static void apply(IDocument document, List<TextReplacement> replacements) throws BadLocationException {
		DocumentRewriteSession session = document instanceof IDocumentExtension4 extension
				? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL)
				: null;
		try {
			// from the end, so that earlier offsets stay valid
			for (TextReplacement r : replacements.stream()
					.sorted(Comparator.comparingInt(TextReplacement::offset).reversed()).toList()) {
				document.replace(r.offset(), r.length(), r.text());
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
