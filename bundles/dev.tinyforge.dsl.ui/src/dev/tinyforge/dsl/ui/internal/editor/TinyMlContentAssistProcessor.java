package dev.tinyforge.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * Content assist from Xtext's UI-independent services (the ones a language server uses): keywords, and the devices,
 * networks and layers in scope, including those of the files beside this one. The Generic Editor calls it off the
 * UI thread, so it works on a snapshot of the text.
 */
public class TinyMlContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		String text = document.get();
		if (offset < 0 || offset > text.length()) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> result = new ArrayList<>();
		for (ContentAssistEntry entry : entries(text, DocumentFiles.parse(document), offset)) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String proposal = entry.getProposal();
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			String display = entry.getDescription() != null ? label + " - " + entry.getDescription() : label;
			result.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(), proposal.length(),
					null, display, null, entry.getDocumentation()));
		}
		return result.toArray(new ICompletionProposal[0]);
	}

	private static List<ContentAssistEntry> entries(String text, XtextResource resource, int offset) {
		Injector injector = TinyMlUi.injector();
		ContentAssistContextFactory contexts = injector.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(injector.getInstance(ExecutorService.class));
		ContentAssistContext[] atOffset = contexts.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(atOffset), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
