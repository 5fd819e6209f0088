package dev.tinyforge.ui.chart;

/**
 * One operator of a training step.
 *
 * @param step the operator's index, its forward step
 * @param name the operator's name
 * @param layer the DSL layer it came from
 * @param updates what it updates: {@code weights, bias}, {@code weights}, {@code bias} or {@code ""}
 * @param bytes the memory it adds to the step
 * @param forwardLiveBytes bytes live while it runs forward
 * @param backwardLiveBytes bytes live while it runs backward
 */
public record TrainingBar(int step, String name, String layer, String updates, TrainingBytes bytes,
		long forwardLiveBytes, long backwardLiveBytes) {
}
