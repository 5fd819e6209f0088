package dev.tinyforge.ui.chart;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import dev.tinyforge.dsl.analysis.OperatorStep;

/**
 * Per operator, the SRAM live while it runs as stacked bars (inputs, output, scratch, tensors kept for later) with
 * the device's SRAM and the usable part of it (less the reserve) as lines and the peak outlined; below, its weights
 * in Flash. A tooltip gives the exact bytes of the bar under the mouse; a click reports the bar's operator.
 * Coordinates are SWT points, which SWT scales on high-DPI screens.
 */
public class MemoryChart extends Canvas {

	/** The parts of a bar, bottom up, with their legend text and color. */
	enum Part {
		INPUTS("inputs", new RGB(70, 130, 180)),
		OUTPUT("output", new RGB(60, 170, 110)),
		SCRATCH("scratch", new RGB(240, 160, 40)),
		OTHER("kept for later", new RGB(175, 175, 185));

		final String label;
		final RGB rgb;

		Part(String label, RGB rgb) {
			this.label = label;
			this.rgb = rgb;
		}

		long bytes(OperatorStep step) {
			switch (this) {
			case INPUTS:
				return step.inputBytes();
			case OUTPUT:
				return step.outputBytes();
			case SCRATCH:
				return step.scratchBytes();
			default:
				return step.otherLiveBytes();
			}
		}
	}

	private static final RGB LIMIT = new RGB(200, 30, 30);
	private static final RGB USABLE = new RGB(230, 120, 0);
	private static final RGB PEAK = new RGB(200, 0, 0);
	private static final RGB FLASH = new RGB(120, 90, 170);
	private static final DoubleFunction<String> BYTES = bytes -> ByteText.brief(Math.round(bytes));

	private final List<Consumer<OperatorStep>> selectionListeners = new CopyOnWriteArrayList<>();
	private MemoryChartData data = MemoryChartData.EMPTY;

	public MemoryChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> paint(event.gc, getClientArea()));
		addListener(SWT.Resize, event -> redraw());
		addListener(SWT.MouseMove, event -> setToolTipText(tooltip(stepAt(event.x, event.y))));
		addListener(SWT.MouseUp, event -> {
			OperatorStep step = stepAt(event.x, event.y);
			if (event.button == 1 && step != null) {
				selectionListeners.forEach(listener -> listener.accept(step));
			}
		});
	}

	public void setData(MemoryChartData data) {
		checkWidget();
		this.data = data;
		setToolTipText(null);
		redraw();
	}

	public MemoryChartData getData() {
		return data;
	}

	/** Called with the operator whose bar the user clicked. */
	public void addSelectionListener(Consumer<OperatorStep> listener) {
		selectionListeners.add(listener);
	}

	/** The layout of the chart at its current size. */
	public ChartLayout chartLayout() {
		Rectangle area = getClientArea();
		return ChartLayout.of(area.width, area.height, data.steps().size());
	}

	/** The operator whose bar is under the point, or null. */
	public OperatorStep stepAt(int x, int y) {
		int index = chartLayout().barAt(x, y);
		return index < 0 ? null : data.steps().get(index);
	}

	/** The tooltip of a bar: the operator, its output and every part in exact bytes. */
	public static String tooltip(OperatorStep step) {
		if (step == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(String.format("%d: %s (layer %s) -> %s%n", step.step(), step.name(),
				step.layer(), step.output()));
		text.append("live SRAM ").append(ByteText.exact(step.liveBytes())).append(step.peak() ? " (peak)" : "");
		for (Part part : Part.values()) {
			text.append(String.format("%n  %s %s", part.label, ByteText.exact(part.bytes(step))));
		}
		text.append(String.format("%nweights (Flash) %s%n%,d MACs", ByteText.exact(step.weightBytes()), step.macs()));
		return text.toString();
	}

	/** Writes the chart at its current size, in the screen's pixels, as a PNG file. */
	public void exportPng(String path) {
		Rectangle area = getClientArea();
		Image image = new Image(getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(image);
		try {
			gc.setBackground(getBackground());
			gc.fillRectangle(0, 0, area.width, area.height);
			paint(gc, new Rectangle(0, 0, area.width, area.height));
		} finally {
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			// at the screen's zoom, so that the file is as sharp as the chart on a high-DPI screen
			loader.data = new ImageData[] { image.getImageData(getMonitor().getZoom()) };
			loader.save(path, SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}

	private void paint(GC gc, Rectangle area) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setForeground(color(Axes.BLACK));
		if (data.steps().isEmpty()) {
			gc.drawText(data.title().isEmpty() ? "Open a .tinyml file to see the memory of its network"
					: data.title(), 10, 10, true);
			return;
		}
		ChartLayout layout = ChartLayout.of(area.width, area.height, data.steps().size());
		gc.drawText(data.title(), 10, 6, true);
		drawLegend(gc, 10, 24);
		NiceScale sramScale = NiceScale.ofBytes(Math.max(data.peakLiveBytes(), data.sramBytes()), 5);
		Axes.drawVertical(gc, layout.sram(), sramScale, BYTES, "SRAM");
		for (int i = 0; i < data.steps().size(); i++) {
			drawSramBar(gc, layout, sramScale, i);
		}
		if (data.hasDevice()) {
			Axes.drawLevel(gc, layout.sram(), sramScale, data.sramBytes(), LIMIT,
					"SRAM " + ByteText.brief(data.sramBytes()), true);
			Axes.drawLevel(gc, layout.sram(), sramScale, data.sramAvailableBytes(), USABLE,
					"usable " + ByteText.brief(data.sramAvailableBytes()) + " (rest reserved)", false);
		}
		NiceScale flashScale = NiceScale.ofBytes(data.maxWeightBytes(), 3);
		Axes.drawVertical(gc, layout.flash(), flashScale, BYTES, "Flash");
		gc.setForeground(color(Axes.BLACK));
		gc.drawText("weights per operator, " + ByteText.brief(data.totalWeightBytes()) + " in all"
				+ (data.hasDevice() ? " of " + ByteText.brief(data.flashAvailableBytes()) + " usable" : ""),
				layout.flash().x, layout.flash().y - 18, true);
		for (int i = 0; i < data.steps().size(); i++) {
			Rectangle slot = layout.barSlot(i);
			int height = flashScale.pixels(data.steps().get(i).weightBytes(), layout.flash().height);
			gc.setBackground(color(FLASH));
			gc.fillRectangle(slot.x, layout.flash().y + layout.flash().height - height, slot.width, height);
		}
		drawStepLabels(gc, layout);
	}

	private void drawSramBar(GC gc, ChartLayout layout, NiceScale scale, int index) {
		OperatorStep step = data.steps().get(index);
		Rectangle plot = layout.sram();
		Rectangle slot = layout.barSlot(index);
		int base = plot.y + plot.height;
		long below = 0;
		for (Part part : Part.values()) {
			long bytes = part.bytes(step);
			int bottom = base - scale.pixels(below, plot.height);
			int top = base - scale.pixels(below + bytes, plot.height);
			gc.setBackground(color(part.rgb));
			gc.fillRectangle(slot.x, top, slot.width, bottom - top);
			below += bytes;
		}
		if (step.peak()) {
			int top = base - scale.pixels(step.liveBytes(), plot.height);
			gc.setForeground(color(PEAK));
			gc.setLineWidth(2);
			gc.drawRectangle(slot.x - 1, top - 1, slot.width + 1, base - top + 1);
			gc.setLineWidth(1);
			String label = "peak " + ByteText.brief(step.liveBytes());
			Point extent = gc.textExtent(label);
			int x = Math.min(Math.max(plot.x, slot.x + slot.width / 2 - extent.x / 2), plot.x + plot.width - extent.x);
			gc.drawText(label, x, Math.max(plot.y, top - extent.y - 2), true);
		}
	}

	private void drawLegend(GC gc, int x, int y) {
		x = Axes.drawLegend(gc, x, y, Stream.of(Part.values()).map(part -> new Axes.Entry(part.label, part.rgb))
				.toList());
		gc.setForeground(color(PEAK));
		gc.drawRectangle(x, y + 3, 10, 10);
		gc.drawText("peak", x + 14, y, true);
	}

	/** Step numbers under the Flash panel, as many as fit without overlapping. */
	private void drawStepLabels(GC gc, ChartLayout layout) {
		gc.setForeground(color(new RGB(60, 60, 60)));
		int every = 1;
		int slotWidth = layout.barSlot(1).x - layout.barSlot(0).x;
		int labelWidth = gc.textExtent(Integer.toString(data.steps().size())).x + 6;
		while (every * Math.max(1, slotWidth) < labelWidth) {
			every *= 2;
		}
		int y = layout.flash().y + layout.flash().height + 4;
		for (int i = 0; i < data.steps().size(); i += every) {
			Rectangle slot = layout.barSlot(i);
			String label = Integer.toString(i);
			gc.drawText(label, slot.x + slot.width / 2 - gc.textExtent(label).x / 2, y, true);
		}
	}

	private static Color color(RGB rgb) {
		return Axes.color(rgb);
	}
}
