package dev.tinyforge.ui.chart;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import dev.tinyforge.dsl.analysis.OperatorStep;

/**
 * Per operator, the SRAM live while it runs as stacked bars (inputs, output, scratch, tensors kept for later) with
 * the device's SRAM and the usable part of it (less the reserve) as lines and the peak outlined; below, its weights
 * in Flash. Steps run patch by patch are shaded, their bars one patch's bytes, with the layer-by-layer peak as a
 * line to compare. A tooltip gives the exact bytes of the bar under the mouse; a click reports the bar's operator.
 */
public class MemoryChart extends ChartCanvas<MemoryChartData, OperatorStep> {

	/** The parts of a bar, bottom up. */
	static final List<LegendEntry> PARTS = List.of(new LegendEntry("inputs", new RGB(70, 130, 180)),
			new LegendEntry("output", new RGB(60, 170, 110)), new LegendEntry("scratch", new RGB(240, 160, 40)),
			new LegendEntry("kept for later", new RGB(175, 175, 185)));

	/** The bytes of the parts of a step's bar, in the order of {@link #PARTS}. */
	static long[] bytes(OperatorStep step) {
		return new long[] { step.inputBytes(), step.outputBytes(), step.scratchBytes(), step.otherLiveBytes() };
	}

	static final RGB LIMIT = new RGB(200, 30, 30);
	static final RGB USABLE = new RGB(230, 120, 0);
	private static final RGB FLASH = new RGB(120, 90, 170);
	private static final RGB PATCHES = new RGB(255, 244, 200);
	private static final RGB PATCHES_TEXT = new RGB(150, 110, 0);
	private static final RGB LAYER_BY_LAYER = new RGB(120, 120, 120);

	public MemoryChart(Composite parent) {
		super(parent, MemoryChartData.EMPTY);
	}

	@Override
	ChartLayout layout(int width, int height) {
		return ChartLayout.of(width, height, getData().steps().size());
	}

	/** The operator whose bar is under the point, or null. */
	@Override
	public OperatorStep barAt(int x, int y) {
		int index = chartLayout().barAt(x, y);
		return index < 0 ? null : getData().steps().get(index);
	}

	@Override
	String tooltipAt(int x, int y) {
		return tooltip(getData(), barAt(x, y));
	}

	/**
	 * The tooltip of a bar: the operator, its output and every part in exact bytes, and for a step run patch by
	 * patch, the grid and the MACs its halos cost again.
	 */
	public static String tooltip(MemoryChartData data, OperatorStep step) {
		if (step == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(String.format("%d: %s (layer %s) -> %s%n", step.step(), step.name(),
				step.layer(), step.output()));
		text.append("live SRAM ").append(ByteText.exact(step.liveBytes())).append(step.peak() ? " (peak)" : "");
		long[] bytes = bytes(step);
		for (int i = 0; i < PARTS.size(); i++) {
			text.append(String.format("%n  %s %s", PARTS.get(i).label(), ByteText.exact(bytes[i])));
		}
		text.append(String.format("%nweights (Flash) %s%n%,d MACs", ByteText.exact(step.weightBytes()), step.macs()));
		PatchRegion patches = data.patches();
		if (patches != null && patches.contains(step.step())) {
			text.append(String.format("%npatch by patch, %dx%d: the live SRAM of one patch (layer by layer the"
					+ " peak is %s)%nsteps %d-%d: %,d MACs with the halos, %,d layer by layer: +%.1f%% of the"
					+ " network's MACs",
					patches.rows(), patches.columns(), ByteText.exact(patches.layerByLayerPeakBytes()),
					patches.firstStep(), patches.lastStep(), patches.executedMacs(), patches.prefixMacs(),
					100 * patches.macOverhead()));
		}
		return text.toString();
	}

	@Override
	void paint(ChartPainter painter, Rectangle area) {
		MemoryChartData data = getData();
		if (data.steps().isEmpty()) {
			painter.text(data.title().isEmpty() ? "Open a .tinyml file to see the memory of its network" : data.title(),
					10, 10, ChartPainter.BLACK);
			return;
		}
		ChartLayout layout = layout(area.width, area.height);
		painter.text(data.title(), 10, 6, ChartPainter.BLACK);
		painter.legendPeakBox(painter.legend(PARTS, 10, 24), 24);
		long top = Math.max(data.peakLiveBytes(), data.sramBytes());
		if (data.hasPatches()) {
			top = Math.max(top, data.patches().layerByLayerPeakBytes());
		}
		NiceScale sramScale = NiceScale.ofBytes(top, 5);
		if (data.hasPatches()) {
			drawPatchRegion(painter, layout, sramScale);
		}
		painter.verticalAxis(layout.sram(), sramScale, ChartPainter.BYTES, "SRAM");
		for (int i = 0; i < data.steps().size(); i++) {
			OperatorStep step = data.steps().get(i);
			Rectangle slot = layout.barSlot(i);
			int barTop = painter.stackedBar(layout.sram(), sramScale, slot, PARTS, bytes(step));
			if (step.peak()) {
				painter.peak(layout.sram(), slot, barTop, "peak " + ByteText.brief(step.liveBytes()));
			}
		}
		if (data.hasDevice()) {
			painter.level(layout.sram(), sramScale, data.sramBytes(), LIMIT, "SRAM " + ByteText.brief(data.sramBytes()),
					true);
			painter.level(layout.sram(), sramScale, data.sramAvailableBytes(), USABLE,
					"usable " + ByteText.brief(data.sramAvailableBytes()) + " (rest reserved)", false);
		}
		drawFlash(painter, layout);
		painter.stepLabels(layout, layout.lower().y + layout.lower().height + 4);
	}

	/** The shaded columns of the patch phase, labelled at their top, and the peak without patches as a line. */
	private void drawPatchRegion(ChartPainter painter, ChartLayout layout, NiceScale scale) {
		PatchRegion patches = getData().patches();
		Rectangle span = layout.span(patches.firstStep(), patches.lastStep());
		painter.fill(span, PATCHES);
		// above the panel, where the limit lines at its top leave it readable
		painter.text(patches.label(), span.x + 3, span.y - painter.extent(patches.label()).y - 2, PATCHES_TEXT);
		painter.level(layout.sram(), scale, patches.layerByLayerPeakBytes(), LAYER_BY_LAYER,
				"peak layer by layer " + ByteText.brief(patches.layerByLayerPeakBytes()), true);
	}

	private void drawFlash(ChartPainter painter, ChartLayout layout) {
		MemoryChartData data = getData();
		Rectangle plot = layout.lower();
		NiceScale flashScale = NiceScale.ofBytes(data.maxWeightBytes(), 3);
		painter.verticalAxis(plot, flashScale, ChartPainter.BYTES, "Flash");
		painter.text("weights per operator, " + ByteText.brief(data.totalWeightBytes()) + " in all"
				+ (data.hasDevice() ? " of " + ByteText.brief(data.flashAvailableBytes()) + " usable" : ""), plot.x,
				plot.y - 18, ChartPainter.BLACK);
		for (int i = 0; i < data.steps().size(); i++) {
			Rectangle slot = layout.barSlot(i);
			int height = flashScale.pixels(data.steps().get(i).weightBytes(), plot.height);
			painter.fill(new Rectangle(slot.x, plot.y + plot.height - height, slot.width, height), FLASH);
		}
	}
}
