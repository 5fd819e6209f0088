package dev.tinyforge.ui.chart;

import org.eclipse.swt.graphics.RGB;

/** The categories of a training bar, bottom up, with their legend text and color. */
enum TrainingPart implements BarPart {
	KEPT("kept activations", new RGB(70, 130, 180)),
	PARAMETERS("updated parameters", new RGB(60, 170, 110)),
	GRADIENTS("gradients", new RGB(240, 160, 40)),
	OPTIMIZER("optimizer state", new RGB(200, 90, 140)),
	LITE_RESIDUAL("lite residual", new RGB(120, 90, 170));

	private final String label;
	private final RGB rgb;

	TrainingPart(String label, RGB rgb) {
		this.label = label;
		this.rgb = rgb;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public RGB rgb() {
		return rgb;
	}
}
