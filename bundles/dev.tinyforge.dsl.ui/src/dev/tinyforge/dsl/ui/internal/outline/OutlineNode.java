package dev.tinyforge.dsl.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Element;
import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.SearchSpace;

/**
 * An element of the outline and the text it selects: its name where it has one, else its whole text.
 *
 * @param kind the keyword that declares it, e.g. {@code device}, {@code conv}
 */
public record OutlineNode(String kind, String label, int offset, int length, List<OutlineNode> children) {

	/** The file's elements in order, a network's layers under it. */
	public static List<OutlineNode> of(XtextResource resource) {
		List<OutlineNode> nodes = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return nodes;
		}
		for (Element element : ((Model) resource.getContents().get(0)).getElements()) {
			OutlineNode node = node(element);
			if (node != null) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	private static OutlineNode node(Element element) {
		if (element instanceof Device device) {
			return named(device, "device", device.getName() + " (" + device.getCore().getLiteral() + ")", List.of());
		}
		if (element instanceof Network network) {
			List<OutlineNode> layers = new ArrayList<>();
			for (Layer layer : network.getLayers()) {
				layers.add(named(layer, keyword(layer), layer.getName(), List.of()));
			}
			String label = network.getModelFile() != null ? network.getName() + " from " + network.getModelFile()
					: network.getName();
			return named(network, "network", label, layers);
		}
		if (element instanceof SearchSpace search) {
			return named(search, "search", search.getName(), List.of());
		}
		if (element instanceof Deployment deploy) {
			String network = NodeModelUtils.getTokenText(first(deploy, "network"));
			String device = NodeModelUtils.getTokenText(first(deploy, "device"));
			ICompositeNode text = NodeModelUtils.findActualNodeFor(deploy);
			return new OutlineNode("deploy", network + " on " + device, text.getOffset(), text.getLength(), List.of());
		}
		return null;
	}

	private static OutlineNode named(EObject element, String kind, String label, List<OutlineNode> children) {
		INode name = first(element, "name");
		INode at = name != null ? name : NodeModelUtils.findActualNodeFor(element);
		return new OutlineNode(kind, label, at.getOffset(), at.getLength(), children);
	}

	/** The layer's first keyword, e.g. {@code dwconv}. */
	private static String keyword(Layer layer) {
		INode node = NodeModelUtils.findActualNodeFor(layer);
		String text = node == null ? "" : NodeModelUtils.getTokenText(node);
		int space = text.indexOf(' ');
		return space > 0 ? text.substring(0, space) : text;
	}

	private static INode first(EObject element, String feature) {
		EStructuralFeature structural = element.eClass().getEStructuralFeature(feature);
		List<INode> nodes = structural == null ? List.of() : NodeModelUtils.findNodesForFeature(element, structural);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	@Override
	public String toString() {
		return kind + " " + label;
	}
}
