package dev.tinyforge.dsl.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.tinyforge.dsl.tinyMl.Conv;
import dev.tinyforge.dsl.tinyMl.InvertedResidual;
import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.PointwiseConv;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;

/**
 * Halves the width of a network written layer by layer, the first remedy for a network over its SRAM budget:
 * activations shrink with the channel count (MCUNet scales width for the same reason). Every {@code filters} count
 * is halved, rounding up, except the last one, which gives the classes. Halving all of them keeps the channel
 * counts that {@code add} and residual blocks need equal.
 */
public final class WidthReduction {

	private WidthReduction() {
	}

	/** @return no replacements when the network has fewer than two layers with filters (or comes from a file) */
	public static List<TextReplacement> halve(Network network) {
		List<INode> counts = new ArrayList<>();
		for (Layer layer : network.getLayers()) {
			EAttribute filters = filtersOf(layer);
			if (filters != null) {
				counts.addAll(NodeModelUtils.findNodesForFeature(layer, filters));
			}
		}
		List<TextReplacement> replacements = new ArrayList<>();
		for (INode count : counts.subList(0, Math.max(0, counts.size() - 1))) {
			int value = Integer.parseInt(NodeModelUtils.getTokenText(count));
			replacements.add(new TextReplacement(count.getOffset(), count.getLength(),
					Integer.toString(Math.max(1, (value + 1) / 2))));
		}
		return replacements;
	}

	private static EAttribute filtersOf(Layer layer) {
		if (layer instanceof Conv) {
			return Literals.CONV__FILTERS;
		}
		if (layer instanceof PointwiseConv) {
			return Literals.POINTWISE_CONV__FILTERS;
		}
		if (layer instanceof InvertedResidual) {
			return Literals.INVERTED_RESIDUAL__FILTERS;
		}
		return null;
	}
}
