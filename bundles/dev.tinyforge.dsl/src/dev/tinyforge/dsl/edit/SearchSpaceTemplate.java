package dev.tinyforge.dsl.edit;

import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Network;

/**
 * For a deployment that does not fit: a TinyNAS {@code search} block after it, for its device and within its memory,
 * with the network's input channels and classes, so that a search finds a network that fits (MCUNet's answer to a
 * model too large for the MCU). The stages follow MCUNet's MobileNetV2-like space: four stride-2 stages of
 * inverted residual blocks, depths 2 to 3, kernels 3 to 7, expansions 3 to 6.
 */
public final class SearchSpaceTemplate {

	private SearchSpaceTemplate() {
	}

	/** @return null when the input channels, classes or resolution (at least 8) are unknown */
	public static TextReplacement after(Deployment deployment, int inputChannels, int classes, int resolution) {
		Network network = deployment.getNetwork();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(deployment);
		if (node == null || inputChannels < 1 || classes < 1 || resolution < 8) {
			return null;
		}
		DeviceBudget budget = DeviceBudgets.of(deployment.getDevice());
		StringBuilder text = new StringBuilder("\n\nsearch ").append(network.getName()).append("_space {\n");
		text.append("\tdevices ").append(deployment.getDevice().getName()).append('\n');
		text.append("\tinput channels ").append(inputChannels).append(" classes ").append(classes).append('\n');
		text.append("\twidths 0.25, 0.35, 0.5\n");
		text.append("\tresolutions ").append(String.join(", ", resolutions(resolution))).append('\n');
		int[] widths = { 16, 24, 40, 80 };
		for (int stage = 0; stage < widths.length; stage++) {
			text.append("\tstage s").append(stage + 1).append(" width ").append(widths[stage])
					.append(" stride 2 depth 2, 3 kernel 3, 5, 7 expand 3, 4, 6\n");
		}
		text.append("\tmax sram ").append(kilobytes(budget.sramAvailableBytes())).append('\n');
		text.append("\tmax flash ").append(kilobytes(budget.flashAvailableBytes())).append('\n');
		text.append("\tmaximize macs\n}");
		return new TextReplacement(node.getEndOffset(), 0, text.toString());
	}

	/** The network's resolution and smaller ones, as MCUNet trades resolution for memory. */
	private static List<String> resolutions(int resolution) {
		return List.of(resolution * 2 / 3, resolution * 5 / 6, resolution).stream().filter(r -> r >= 8).distinct()
				.map(String::valueOf).toList();
	}

	private static String kilobytes(long bytes) {
		return Math.max(1, bytes / 1024) + " KB";
	}
}
