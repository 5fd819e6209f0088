package dev.tinyforge.ui.internal.search;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.dsl.ui.internal.editor.DocumentEdits;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.run.SearchRun;
import dev.tinyforge.nas.run.WinnerNetworks;
import dev.tinyforge.nas.run.WinnerNetworks.NamedSubnet;

/**
 * Apply: a subnet of a search's table put into the editor's text as a network after its search block, as the
 * command line's {@code --apply} writes it, in one edit that the editor undoes in one step. The text is parsed
 * again, so edits made while the search ran are kept.
 */
public final class SubnetInsertion {

	private SubnetInsertion() {
	}

	/**
	 * @return the inserted text and where it went
	 * @throws SearchException when the search block is gone from the text or the network's name is taken
	 */
	public static TextReplacement apply(IDocument document, IFile file, SearchRun run, SubnetRow row) {
		XtextResource resource = TinyMlUi.parse(document.get(), file);
		SearchSpace search = resource.getContents().isEmpty() ? null
				: EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(), SearchSpace.class)
						.stream().filter(block -> run.name().equals(block.getName())).findFirst().orElse(null);
		if (search == null) {
			throw new SearchException("the file no longer holds search " + run.name());
		}
		TextReplacement insertion = TinyMlUi.injector().getInstance(WinnerNetworks.class).insertion(search,
				run.space(), List.of(new NamedSubnet(row.networkName(), row.candidate().subnet())),
				WinnerNetworks.declared(search));
		try {
			DocumentEdits.apply(document, List.of(insertion));
		} catch (BadLocationException e) {
			throw new IllegalStateException("the insertion was computed from this very text", e);
		}
		return insertion;
	}
}
