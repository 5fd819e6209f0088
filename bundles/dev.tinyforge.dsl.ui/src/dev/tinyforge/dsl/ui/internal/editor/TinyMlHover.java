package dev.tinyforge.dsl.ui.internal.editor;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.analysis.LayerSummary;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.OperatorSteps;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Layer;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * Hover on a layer (where it is declared or where another layer reads it): its output shape, MACs, weights and the
 * SRAM live while it runs, from the network's analysis; on a network its totals; on a device its budget.
 */
public class TinyMlHover implements ITextHover {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		XtextResource resource = TinyMlUi.parse(viewer.getDocument().get(), null);
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null || leaf.isHidden() ? null : new Region(leaf.getOffset(), leaf.getLength());
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		return describe(DocumentFiles.parse(viewer.getDocument()), region.getOffset());
	}

	/** The hover text for the element at {@code offset}, or null where there is nothing to say. */
	public static String describe(XtextResource resource, int offset) {
		EObject element = TinyMlUi.injector().getInstance(EObjectAtOffsetHelper.class).resolveElementAt(resource,
				offset);
		if (element instanceof Layer layer) {
			return describe(layer);
		}
		if (element instanceof Network network) {
			return describe(network);
		}
		if (element instanceof Device device) {
			return describe(device);
		}
		return null;
	}

	private static String describe(Layer layer) {
		Network network = EcoreUtil2.getContainerOfType(layer, Network.class);
		AnalyzedNetwork analyzed = analyses().get(network);
		Optional<LayerSummary> summary = LayerSummary.of(OperatorSteps.of(analyzed), layer.getName());
		if (summary.isEmpty()) {
			return "layer " + layer.getName() + ": not analysed, see the network's errors";
		}
		LayerSummary s = summary.get();
		return String.format("layer %s -> %s%n%,d MACs%nweights %,d B (Flash)%nlive SRAM %,d B%s%s", s.layer(),
				s.output(), s.macs(), s.weightBytes(), s.peakLiveBytes(), s.peak() ? " (the network's peak)" : "",
				s.operators() > 1 ? String.format("%n%d operators", s.operators()) : "");
	}

	private static String describe(Network network) {
		AnalyzedNetwork analyzed = analyses().get(network);
		if (!analyzed.analyzed()) {
			return "network " + network.getName() + ": not analysed, see its errors";
		}
		var analysis = analyzed.analysis();
		return String.format("network %s%n%d operators, %,d MACs%nweights %,d B (Flash)%npeak SRAM %,d B, arena %,d B",
				network.getName(), analysis.opCount(), analysis.totalMacs(), analysis.totalWeightBytes(),
				analysis.maxLiveBytes(), analysis.arenaBytes());
	}

	private static String describe(Device device) {
		DeviceBudget budget;
		try {
			budget = DeviceBudgets.of(device);
		} catch (IllegalArgumentException e) {
			return "device " + device.getName() + ": " + e.getMessage(); // a reserve larger than its region
		}
		return String.format("device %s%s%nSRAM %,d B available (%,d B reserved)%nFlash %,d B available (%,d B reserved)",
				device.getName(), device.getDescription() == null ? "" : " - " + device.getDescription(),
				budget.sramAvailableBytes(), budget.sramReserveBytes(), budget.flashAvailableBytes(),
				budget.flashReserveBytes());
	}

	private static NetworkAnalyses analyses() {
		return TinyMlUi.injector().getInstance(NetworkAnalyses.class);
	}
}
