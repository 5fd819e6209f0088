package dev.tinyforge.nas.space;

import java.util.List;

/**
 * The whole search space: an input of {@code inputChannels} at one of {@code resolutions}, a 3x3 stride-2 stem
 * as wide as the first stage, the stages, then global average pooling, a dense layer over {@code classes} and
 * a softmax; every width scaled by one of {@code widths}. Block slots number the stages' blocks up to their
 * largest depth, stage after stage.
 */
public record ElasticSpace(String name, int inputChannels, int classes, double[] widths, int[] resolutions,
		List<StageSpace> stages) {

	public ElasticSpace {
		if (inputChannels < 1 || classes < 1 || widths.length == 0 || resolutions.length == 0 || stages.isEmpty()) {
			throw new IllegalArgumentException("search space '" + name
					+ "' needs input channels, classes, widths, resolutions and at least one stage");
		}
		widths = widths.clone();
		resolutions = resolutions.clone();
		stages = List.copyOf(stages);
	}

	@Override
	public double[] widths() {
		return widths.clone();
	}

	@Override
	public int[] resolutions() {
		return resolutions.clone();
	}

	public int stageCount() {
		return stages.size();
	}

	public StageSpace stage(int index) {
		return stages.get(index);
	}

	/** The first block slot of the stage. */
	public int firstSlot(int stage) {
		int slot = 0;
		for (int s = 0; s < stage; s++) {
			slot += stages.get(s).maxDepth();
		}
		return slot;
	}

	public int slotCount() {
		return firstSlot(stages.size());
	}

	public double width(int index) {
		return widths[index];
	}

	public int resolution(int index) {
		return resolutions[index];
	}

	/** Output channels of a stage at a width multiplier. */
	public int channels(int stage, double width) {
		return Channels.scaled(stages.get(stage).baseWidth(), width);
	}
}
