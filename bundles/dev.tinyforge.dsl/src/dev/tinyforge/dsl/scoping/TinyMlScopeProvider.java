package dev.tinyforge.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.Node;
import dev.tinyforge.dsl.tinyMl.PatchPlan;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;

/**
 * A layer sees the input and the layers before it in its own network (data flows forward only); a patch plan
 * sees the layers of the network it deploys. Devices and networks are global, across the files of a project.
 */
public class TinyMlScopeProvider extends AbstractTinyMlScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType() == Literals.NODE) {
			Layer layer = EcoreUtil2.getContainerOfType(context, Layer.class);
			Network network = EcoreUtil2.getContainerOfType(context, Network.class);
			if (network != null) {
				return Scopes.scopeFor(nodesBefore(network, layer));
			}
		}
		if (reference == Literals.PATCH_PLAN__UNTIL && context instanceof PatchPlan) {
			Deployment deployment = EcoreUtil2.getContainerOfType(context, Deployment.class);
			Network network = deployment == null ? null : deployment.getNetwork();
			return network == null || network.eIsProxy() ? IScope.NULLSCOPE : Scopes.scopeFor(network.getLayers());
		}
		return super.getScope(context, reference);
	}

	/** The input and the layers declared before {@code layer} (all layers if it is null). */
	private static List<Node> nodesBefore(Network network, Layer layer) {
		List<Node> nodes = new ArrayList<>();
		if (network.getInput() != null) {
			nodes.add(network.getInput());
		}
		for (Layer earlier : network.getLayers()) {
			if (earlier == layer) {
				break;
			}
			nodes.add(earlier);
		}
		return nodes;
	}
}
