package dev.tinyforge.cli.report;

import java.util.List;
import java.util.Optional;

/**
 * The analysis of one network, deployed on a device or on its own.
 *
 * @param device the device of a deployment, null for a network analysed on its own
 * @param deviceDescription the device's description, null if it has none or there is no device
 * @param problems why the network could not be analysed; empty when it was
 * @param layers one row per IR operator in execution order; empty when not analysed
 * @param totals null when not analysed
 * @param verdict null when not analysed or without a device
 * @param patches null when not analysed or run layer by layer
 */
public record NetworkReport(String network, String device, String deviceDescription, List<String> problems,
		List<LayerRow> layers, Totals totals, FitReport verdict, PatchReport patches) {

	public NetworkReport {
		problems = List.copyOf(problems);
		layers = List.copyOf(layers);
	}

	public static NetworkReport notAnalyzed(String network, String device, String deviceDescription,
			List<String> problems) {
		return new NetworkReport(network, device, deviceDescription, problems, List.of(), null, null, null);
	}

	public boolean analyzed() {
		return totals != null;
	}

	public boolean isDeployment() {
		return device != null;
	}

	/** The row with the most live bytes, empty for a network without operators or not analysed. */
	public Optional<LayerRow> peakLayer() {
		return layers.stream().filter(LayerRow::peak).findFirst();
	}

	/** Analysed and, for a deployment, fitting its device. */
	public boolean passed() {
		return analyzed() && (verdict == null || verdict.fits());
	}
}
