package dev.tinyforge.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Marks the names a file declares (devices, networks, inputs, layers, search spaces, stages) and the names it
 * refers to, so that a reader tells a layer's own name from the layer it reads.
 */
public class TinyMlSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	public static final String DECLARATION_ID = "tinyml.declaration";
	public static final String REFERENCE_ID = "tinyml.reference";

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null) {
			highlight(object, name, DECLARATION_ID, acceptor);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment()) {
				highlight(object, reference, REFERENCE_ID, acceptor);
			}
		}
		return false;
	}

	private static void highlight(EObject object, EStructuralFeature feature, String style,
			IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
