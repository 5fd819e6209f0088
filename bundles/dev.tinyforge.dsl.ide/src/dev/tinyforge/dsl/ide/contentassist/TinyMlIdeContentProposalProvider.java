package dev.tinyforge.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.common.base.Predicates;
import com.google.inject.Inject;

import dev.tinyforge.dsl.services.TinyMlGrammarAccess;

/**
 * Adds to the keyword and cross-reference proposals: typical MCU memory sizes where a size is expected and typical
 * kernel sizes after 'kernel'; and it makes the inputs a layer names with 'from' proposable at all.
 */
public class TinyMlIdeContentProposalProvider extends IdeContentProposalProvider {

	private static final List<String> TYPICAL_SIZES = List.of("64 KB", "128 KB", "256 KB", "320 KB", "512 KB", "1 MB",
			"2 MB");

	private static final List<String> TYPICAL_KERNELS = List.of("3", "5", "7", "3x3");

	@Inject
	private TinyMlGrammarAccess grammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		// these replace the placeholder the default offers for a number ("value")
		if (assignment == grammar.getSizeAccess().getValueAssignment_0()) {
			proposeValues(TYPICAL_SIZES, context, acceptor);
		} else if (assignment == grammar.getKernelAccess().getTextAssignment()) {
			proposeValues(TYPICAL_KERNELS, context, acceptor);
		} else {
			super._createProposals(assignment, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (reference == grammar.getFromAccess().getFromNodeCrossReference_1_0()) {
			proposeLayerInputs(reference, context, acceptor);
		} else {
			super._createProposals(reference, context, acceptor);
		}
	}

	/**
	 * The default finds no proposals for the reference in the 'From' fragment: a fragment has no type of its own, so
	 * Xtext cannot tell which class owns the reference. It is the layer being written; its scope holds the input and
	 * the layers above it.
	 */
	private void proposeLayerInputs(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		EObject layer = context.getCurrentModel();
		EStructuralFeature from = layer == null ? null : layer.eClass().getEStructuralFeature("from");
		if (from instanceof EReference) {
			getCrossrefProposalProvider().lookupCrossReference(getScopeProvider().getScope(layer, (EReference) from),
					reference, context, acceptor, Predicates.alwaysTrue());
		}
	}

	private void proposeValues(List<String> values, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		for (String value : values) {
			ContentAssistEntry entry = getProposalCreator().createProposal(value, context,
					ContentAssistEntry.KIND_VALUE, null);
			// null when the value does not match what has been typed so far
			if (entry != null) {
				acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
			}
		}
	}
}
