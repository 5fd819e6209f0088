package dev.tinyforge.ui.chart;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * The memory of one training step (TinyTL): per operator, stacked bars of what it adds (kept activations, updated
 * parameters, their gradients and optimizer state, lite residual modules), lines of the bytes live while it runs
 * forward and backward, and the step's peak; below, the update schemes side by side as horizontal bars of their
 * totals with their peaks, the train block's own highlighted. Without bars it shows its title as a message.
 */
public class TrainingChart extends ChartCanvas<TrainingChartData, TrainingBar> {

	private static final RGB FORWARD = new RGB(150, 150, 150);
	private static final RGB BACKWARD = new RGB(30, 30, 30);
	private static final RGB CHOSEN = new RGB(222, 235, 250);
	private static final int VALUE_ROOM = 190;

	public TrainingChart(Composite parent) {
		super(parent, TrainingChartData.EMPTY);
	}

	/** Half the height for the schemes: their names and figures need rows that text fits in. */
	@Override
	ChartLayout layout(int width, int height) {
		return ChartLayout.of(width, height, getData().bars().size(), 0.5);
	}

	/** The operator whose bar of the SRAM panel is under the point, or null. */
	@Override
	public TrainingBar barAt(int x, int y) {
		ChartLayout layout = chartLayout();
		int index = layout.sram().contains(x, y) ? layout.barAt(x, y) : -1;
		return index < 0 ? null : getData().bars().get(index);
	}

	/** The scheme whose row of the lower panel is at the height, or null. */
	public SchemeBar schemeAt(int y) {
		int index = chartLayout().lowerRowAt(y, getData().schemes().size());
		return index < 0 ? null : getData().schemes().get(index);
	}

	@Override
	String tooltipAt(int x, int y) {
		TrainingBar bar = barAt(x, y);
		if (bar != null) {
			return tooltip(bar);
		}
		SchemeBar scheme = schemeAt(y);
		return scheme == null ? null : tooltip(scheme);
	}

	/** The operator, what it updates, every category and its live bytes forward and backward, in exact bytes. */
	public static String tooltip(TrainingBar bar) {
		StringBuilder text = new StringBuilder(String.format("%d: %s (layer %s), updates %s", bar.step(), bar.name(),
				bar.layer(), bar.updates().isEmpty() ? "nothing" : bar.updates()));
		appendParts(text, bar.bytes());
		text.append(String.format("%nlive forward %s, backward %s", ByteText.exact(bar.forwardLiveBytes()),
				ByteText.exact(bar.backwardLiveBytes())));
		return text.toString();
	}

	/** The scheme's totals, peak and arena in exact bytes, and its saving against full fine-tuning. */
	public static String tooltip(SchemeBar scheme) {
		StringBuilder text = new StringBuilder(scheme.label() + (scheme.chosen() ? " (this train block)" : ""));
		text.append(String.format("%npeak %s, arena %s: %.2fx less than full fine-tuning",
				ByteText.exact(scheme.peakBytes()), ByteText.exact(scheme.arenaBytes()), scheme.timesLessThanFull()));
		appendParts(text, scheme.bytes());
		text.append(String.format("%nfrozen weights (Flash) %s", ByteText.exact(scheme.frozenWeightBytes())));
		return text.toString();
	}

	private static void appendParts(StringBuilder text, TrainingBytes bytes) {
		long[] parts = bytes.parts();
		for (int i = 0; i < parts.length; i++) {
			text.append(String.format("%n  %s %s", TrainingBytes.PARTS.get(i).label(), ByteText.exact(parts[i])));
		}
	}

	@Override
	void paint(ChartPainter painter, Rectangle area) {
		TrainingChartData data = getData();
		if (data.bars().isEmpty()) {
			int y = 10;
			for (String line : data.title().split("\n")) {
				painter.text(line, 10, y, ChartPainter.BLACK);
				y += painter.extent("X").y + 2;
			}
			return;
		}
		ChartLayout layout = layout(area.width, area.height);
		painter.text(data.title(), 10, 6, ChartPainter.BLACK);
		int x = painter.legend(TrainingBytes.PARTS, 10, 24);
		x = painter.legendLine("live forward", FORWARD, x, 24);
		x = painter.legendLine("live backward", BACKWARD, x, 24);
		painter.legendLine("peak", ChartPainter.PEAK, x, 24);
		drawSteps(painter, layout);
		drawSchemes(painter, layout);
	}

	private void drawSteps(ChartPainter painter, ChartLayout layout) {
		TrainingChartData data = getData();
		Rectangle plot = layout.sram();
		NiceScale scale = NiceScale.ofBytes(data.sramAxisBytes(), 5);
		painter.verticalAxis(plot, scale, ChartPainter.BYTES, "SRAM");
		long[] forward = new long[data.bars().size()];
		long[] backward = new long[data.bars().size()];
		for (TrainingBar bar : data.bars()) {
			painter.stackedBar(plot, scale, layout.barSlot(bar.step()), TrainingBytes.PARTS,
					bar.bytes().parts());
			forward[bar.step()] = bar.forwardLiveBytes();
			backward[bar.step()] = bar.backwardLiveBytes();
		}
		painter.polyline(plot, scale, layout, forward, FORWARD);
		painter.polyline(plot, scale, layout, backward, BACKWARD);
		if (data.hasDevice()) {
			painter.level(plot, scale, data.sramBytes(), MemoryChart.LIMIT, "SRAM " + ByteText.brief(data.sramBytes()),
					true);
			painter.level(plot, scale, data.sramAvailableBytes(), MemoryChart.USABLE,
					"usable " + ByteText.brief(data.sramAvailableBytes()), false);
		}
		painter.level(plot, scale, data.peakBytes(), ChartPainter.PEAK,
				"peak " + ByteText.brief(data.peakBytes()) + " " + data.peakWhere(), true);
		painter.stepLabels(layout, plot.y + plot.height + 4);
	}

	/** One row per scheme: its name left of the bar, its totals stacked, its peak a tick, the figures after it. */
	private void drawSchemes(ChartPainter painter, ChartLayout layout) {
		TrainingChartData data = getData();
		Rectangle plot = layout.lower();
		painter.text("schemes compared (same batch, optimizer and precisions): totals by category, peak as |",
				plot.x, plot.y - 18, ChartPainter.BLACK);
		int nameWidth = data.schemes().stream().mapToInt(s -> painter.extent(s.label()).x).max().orElse(0);
		int barsX = Math.max(plot.x, 10 + nameWidth + 8);
		int barsWidth = Math.max(1, plot.x + plot.width - barsX - VALUE_ROOM);
		NiceScale scale = NiceScale.ofBytes(data.schemeAxisBytes(), 4);
		for (int i = 0; i < data.schemes().size(); i++) {
			SchemeBar scheme = data.schemes().get(i);
			Rectangle row = layout.lowerRow(i, data.schemes().size());
			if (scheme.chosen()) {
				painter.fill(new Rectangle(10, row.y, plot.x + plot.width - 10, row.height), CHOSEN);
			}
			Point name = painter.extent(scheme.label());
			int middle = row.y + row.height / 2;
			painter.text(scheme.label(), barsX - 8 - name.x, middle - name.y / 2, ChartPainter.BLACK);
			int thickness = Math.max(2, row.height * 3 / 5);
			int end = painter.horizontalStackedBar(barsX, barsWidth, middle - thickness / 2, thickness, scale,
					TrainingBytes.PARTS, scheme.bytes().parts());
			int peakX = barsX + scale.pixels(scheme.peakBytes(), barsWidth);
			painter.tick(peakX, row.y + 1, row.y + row.height - 1, ChartPainter.BLACK);
			// the first scheme is full fine-tuning, the measure of the others
			String figures = "peak " + ByteText.brief(scheme.peakBytes()) + (i == 0 ? ""
					: String.format(", %.1fx less", scheme.timesLessThanFull()));
			painter.text(figures, Math.max(peakX, end) + 6, middle - painter.extent(figures).y / 2,
					ChartPainter.BLACK);
		}
		painter.tick(barsX, plot.y, plot.y + plot.height, ChartPainter.BLACK);
	}
}
