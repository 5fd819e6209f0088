package dev.tinyforge.ui.chart;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * A search's progress: per device, the best score of its evolution after each generation, as a line that only
 * climbs. The score axis spans the scores seen, as they change little once the search is under way.
 */
public class GenerationPlot extends SeriesChart {

	private String objective = "";
	private List<ProgressSeries> series = List.of();

	public GenerationPlot(Composite parent) {
		super(parent);
	}

	/** @param objective what the scores are, e.g. {@code MACs} */
	public void setSeries(String objective, List<ProgressSeries> series) {
		checkWidget();
		this.objective = objective;
		this.series = List.copyOf(series);
		redraw();
	}

	public List<ProgressSeries> getSeries() {
		return series;
	}

	@Override
	void paint(GC gc, Rectangle area) {
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		int generations = 0;
		for (ProgressSeries line : series) {
			generations = Math.max(generations, line.bests().size() - 1);
			for (double best : line.bests()) {
				if (!Double.isNaN(best)) {
					low = Math.min(low, best);
					high = Math.max(high, best);
				}
			}
		}
		drawTitle(gc, "Best " + (objective.isEmpty() ? "objective" : objective) + " per generation",
				low > high ? "Run a search to see its progress" : null);
		if (low > high) {
			return;
		}
		drawLegend(gc, series.stream().map(ProgressSeries::device).toList());
		Rectangle plot = PlotArea.of(area);
		NiceScale scores = NiceScale.around(low, high, 4);
		NiceScale steps = NiceScale.of(Math.max(1, generations), 5);
		Axes.drawVertical(gc, plot, scores, NumberText::brief, objective);
		Axes.drawHorizontal(gc, plot, steps, NumberText::brief, "generation");
		gc.setLineWidth(2);
		for (int i = 0; i < series.size(); i++) {
			gc.setForeground(Axes.color(Axes.series(i)));
			drawLine(gc, plot, scores, steps, series.get(i).bests());
		}
		gc.setLineWidth(1);
	}

	private static void drawLine(GC gc, Rectangle plot, NiceScale scores, NiceScale steps, List<Double> bests) {
		int lastX = -1;
		int lastY = -1;
		for (int generation = 0; generation < bests.size(); generation++) {
			double best = bests.get(generation);
			if (Double.isNaN(best)) {
				continue; // nothing scored yet
			}
			int x = Axes.x(plot, steps, generation);
			int y = Axes.y(plot, scores, best);
			if (lastX >= 0) {
				gc.drawLine(lastX, lastY, x, y);
			} else {
				gc.drawPoint(x, y);
			}
			lastX = x;
			lastY = y;
		}
	}
}
