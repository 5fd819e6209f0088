package dev.tinyforge.dsl.ide.tests;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Asks the language server's content assist what it proposes at the '|' of a text. */
public class Completions {

	private static final char CURSOR = '|';

	@Inject
	private ContentAssistService contentAssist;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The labels of the proposals, best first. */
	public List<String> at(String textWithCursor) throws IOException {
		int cursor = textWithCursor.indexOf(CURSOR);
		String text = textWithCursor.substring(0, cursor) + textWithCursor.substring(cursor + 1);
		XtextResource resource = (XtextResource) resourceSets.get().createResource(URI.createURI("completion.tinyml"));
		resource.load(new StringInputStream(text), null);
		Document document = new Document(1, text);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()),
				document.getPosition(cursor));
		return contentAssist.createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems()
				.stream()
				.map(CompletionItem::getLabel)
				.toList();
	}
}
