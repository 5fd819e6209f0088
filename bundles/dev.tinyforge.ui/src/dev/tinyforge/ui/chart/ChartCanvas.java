package dev.tinyforge.ui.chart;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A chart drawn with SWT's GC: painted on resize, with a tooltip for what is under the mouse, a click on a bar
 * reported to listeners, and exported as the same picture in a PNG file. Coordinates are SWT points, which SWT
 * scales on high-DPI screens.
 *
 * @param <D> what the chart shows
 * @param <B> what one of its bars stands for
 */
public abstract class ChartCanvas<D extends ChartData, B> extends Canvas {

	private final List<Consumer<B>> selectionListeners = new CopyOnWriteArrayList<>();
	private D data;

	protected ChartCanvas(Composite parent, D empty) {
		super(parent, SWT.DOUBLE_BUFFERED);
		data = empty;
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> paint(new ChartPainter(event.gc), getClientArea()));
		addListener(SWT.Resize, event -> redraw());
		addListener(SWT.MouseMove, event -> setToolTipText(tooltipAt(event.x, event.y)));
		addListener(SWT.MouseUp, event -> {
			B bar = barAt(event.x, event.y);
			if (event.button == 1 && bar != null) {
				selectionListeners.forEach(listener -> listener.accept(bar));
			}
		});
	}

	/** Shows {@code data}, in place of SWT's application data. */
	public void setData(D data) {
		checkWidget();
		this.data = data;
		setToolTipText(null);
		redraw();
	}

	/** What the chart shows, in place of SWT's application data. */
	@Override
	public D getData() {
		return data;
	}

	/** Called with what the bar the user clicked stands for. */
	public void addSelectionListener(Consumer<B> listener) {
		selectionListeners.add(listener);
	}

	/** The layout of the chart at its current size. */
	public ChartLayout chartLayout() {
		Rectangle area = getClientArea();
		return layout(area.width, area.height);
	}

	/** The layout of the chart at a size. */
	abstract ChartLayout layout(int width, int height);

	/** What the bar under the point stands for, or null. */
	public abstract B barAt(int x, int y);

	/** Draws the chart into {@code area}. */
	abstract void paint(ChartPainter painter, Rectangle area);

	/** The tooltip of what lies under the point, or null. */
	abstract String tooltipAt(int x, int y);

	/** Writes the chart at its current size, in the screen's pixels, as a PNG file. */
	public void exportPng(String path) {
		Rectangle area = getClientArea();
		Image image = new Image(getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(image);
		try {
			gc.setBackground(getBackground());
			gc.fillRectangle(0, 0, area.width, area.height);
			paint(new ChartPainter(gc), new Rectangle(0, 0, area.width, area.height));
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
}
