package dev.tinyforge.ui.chart;

import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.training.TrainingMemory;
import dev.tinyforge.cli.report.TrainingWords;

/**
 * What the training chart shows: per operator the memory of one training step under the train block's setup, its
 * peak, and the schemes compared; or, with no bars, a message saying why not.
 *
 * @param title e.g. {@code train mbv2: bias-only + lite-residual ..., batch 8, adam, ...}
 * @param bars one per operator; empty when there is nothing to show
 * @param peakBytes the most bytes live at one step of the training step
 * @param peakWhere where the peak is, e.g. {@code at #12 b5_dw backward}
 * @param arenaBytes the planned arena of the training step
 * @param schemes full, last layer, bias only, bias with lite residual, then the block's own if it is none of these
 * @param sramBytes the device's SRAM region when the file deploys the network, else 0
 * @param sramAvailableBytes that region less its reserve
 */
public record TrainingChartData(String title, List<TrainingBar> bars, long peakBytes, String peakWhere,
		long arenaBytes, List<SchemeBar> schemes, long sramBytes, long sramAvailableBytes) implements ChartData {

	public static final TrainingChartData EMPTY = message("");

	public TrainingChartData {
		bars = List.copyOf(bars);
		schemes = List.copyOf(schemes);
	}

	/** No chart, only {@code text}. */
	public static TrainingChartData message(String text) {
		return new TrainingChartData(text, List.of(), 0, "", 0, List.of(), 0, 0);
	}

	/**
	 * @param graph the analysed graph, for the operators' names
	 * @param chosen the training memory under the block's setup
	 * @param schemes the comparison, full fine-tuning first
	 */
	public static TrainingChartData of(String title, LayerGraph graph, TrainingMemory chosen,
			List<TrainingMemory> schemes, long sramBytes, long sramAvailableBytes) {
		List<TrainingBar> bars = new ArrayList<>(graph.opCount());
		for (int op = 0; op < graph.opCount(); op++) {
			bars.add(new TrainingBar(op, graph.opName(op), graph.opOrigin(op), TrainingWords.updates(chosen, op),
					new TrainingBytes(chosen.keptActivationBytes(op), chosen.parameterBytes(op),
							chosen.gradientBytes(op), chosen.optimizerStateBytes(op), chosen.liteResidualBytes(op)),
					chosen.forwardLiveBytes(op), chosen.backwardLiveBytes(op)));
		}
		long full = schemes.get(0).peakBytes();
		List<SchemeBar> compared = schemes.stream()
				.map(scheme -> new SchemeBar(scheme.setup().scheme().label(),
						new TrainingBytes(scheme.totalKeptActivationBytes(), scheme.totalParameterBytes(),
								scheme.totalGradientBytes(), scheme.totalOptimizerStateBytes(),
								scheme.totalLiteResidualBytes()),
						scheme.peakBytes(), scheme.arenaBytes(), scheme.frozenWeightBytes(),
						full / (double) scheme.peakBytes(), scheme.setup().scheme().equals(chosen.setup().scheme())))
				.toList();
		return new TrainingChartData(title, bars, chosen.peakBytes(), TrainingWords.peak(graph, chosen),
				chosen.arenaBytes(), compared, sramBytes, sramAvailableBytes);
	}

	public boolean hasDevice() {
		return sramBytes > 0;
	}

	/** The largest of the bars, the live bytes, the peak and the device's SRAM: the top of the SRAM axis. */
	public long sramAxisBytes() {
		long top = Math.max(peakBytes, sramBytes);
		for (TrainingBar bar : bars) {
			top = Math.max(top, bar.bytes().total());
			top = Math.max(top, Math.max(bar.forwardLiveBytes(), bar.backwardLiveBytes()));
		}
		return top;
	}

	/** The largest scheme, by its totals or its peak: the top of the schemes' axis. */
	public long schemeAxisBytes() {
		return schemes.stream().mapToLong(s -> Math.max(s.peakBytes(), s.bytes().total())).max().orElse(0);
	}
}
