package dev.tinyforge.dsl.analysis;

import java.util.List;
import java.util.Optional;

/**
 * What one DSL layer costs, over the operators it lowers to (an {@code mbconv} block lowers to several).
 *
 * @param output the shape of its last operator's output
 * @param peakLiveBytes the most SRAM live while one of its operators runs
 * @param peak whether the network's peak step is one of its operators
 */
public record LayerSummary(String layer, String output, int operators, long macs, long weightBytes,
		long peakLiveBytes, boolean peak) {

	/** @return empty when no operator came from {@code layer} */
	public static Optional<LayerSummary> of(List<OperatorStep> steps, String layer) {
		List<OperatorStep> own = steps.stream().filter(step -> step.layer().equals(layer)).toList();
		if (own.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new LayerSummary(layer, own.get(own.size() - 1).output(), own.size(),
				own.stream().mapToLong(OperatorStep::macs).sum(), own.stream().mapToLong(OperatorStep::weightBytes).sum(),
				own.stream().mapToLong(OperatorStep::liveBytes).max().getAsLong(),
				own.stream().anyMatch(OperatorStep::peak)));
	}
}
