package dev.tinyforge.ui.chart;

import java.util.List;
import java.util.stream.IntStream;

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
	void paint(ChartPainter painter, Rectangle area) {
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
		drawTitle(painter, "Best " + (objective.isEmpty() ? "objective" : objective) + " per generation",
				low > high ? "Run a search to see its progress" : null);
		if (low > high) {
			return;
		}
		drawLegend(painter, series.stream().map(ProgressSeries::device).toList());
		Rectangle plot = PlotArea.of(area);
		NiceScale scores = NiceScale.around(low, high, 4);
		NiceScale steps = NiceScale.of(Math.max(1, generations), 5);
		painter.verticalAxis(plot, scores, NumberText::brief, objective);
		painter.horizontalAxis(plot, steps, NumberText::brief, "generation");
		for (int i = 0; i < series.size(); i++) {
			int[] points = points(plot, scores, steps, series.get(i).bests());
			if (points.length > 0) {
				painter.polyline(points, ChartPainter.series(i));
			}
		}
	}

	/** The line's points (x, y, x, y, ...), from the first generation scored on. */
	private static int[] points(Rectangle plot, NiceScale scores, NiceScale steps, List<Double> bests) {
		return IntStream.range(0, bests.size()).filter(generation -> !Double.isNaN(bests.get(generation)))
				.flatMap(generation -> IntStream.of(ChartPainter.x(plot, steps, generation),
						ChartPainter.y(plot, scores, bests.get(generation))))
				.toArray();
	}
}
