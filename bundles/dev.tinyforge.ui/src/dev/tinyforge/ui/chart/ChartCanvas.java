package dev.tinyforge.ui.chart;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A chart drawn with SWT's GC: painted on resize, with a tooltip for what is under the mouse, and exported as the
 * same picture in a PNG file. Coordinates are SWT points, which SWT scales on high-DPI screens.
 */
public abstract class ChartCanvas extends Canvas {

	protected ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(event -> paint(new ChartPainter(event.gc), getClientArea()));
		addListener(SWT.Resize, event -> redraw());
		addListener(SWT.MouseMove, event -> setToolTipText(tooltipAt(event.x, event.y)));
	}

	/** Draws the chart into {@code area}. */
	abstract void paint(ChartPainter painter, Rectangle area);

	/** The tooltip of what lies under the point, or null. */
	abstract String tooltipAt(int x, int y);

	/** Called by subclasses when what they show changes. */
	protected void changed() {
		setToolTipText(null);
		redraw();
	}

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
