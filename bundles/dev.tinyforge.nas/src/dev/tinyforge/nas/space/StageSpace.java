package dev.tinyforge.nas.space;

import java.util.Arrays;

/**
 * One stage of the space: blocks of {@code baseWidth} output channels (before the width multiplier), the first
 * striding by {@code stride}; the stage runs one of {@code depths} blocks, each with one of {@code kernels} and
 * {@code expands}.
 */
public record StageSpace(String name, int baseWidth, int stride, int[] depths, int[] kernels, int[] expands) {

	public StageSpace {
		if (baseWidth < 1 || stride < 1 || depths.length == 0 || kernels.length == 0 || expands.length == 0) {
			throw new IllegalArgumentException("stage '" + name
					+ "': width and stride must be positive and depths, kernels and expands non-empty");
		}
		depths = depths.clone();
		kernels = kernels.clone();
		expands = expands.clone();
	}

	public int maxDepth() {
		return Arrays.stream(depths).max().getAsInt();
	}

	@Override
	public int[] depths() {
		return depths.clone();
	}

	@Override
	public int[] kernels() {
		return kernels.clone();
	}

	@Override
	public int[] expands() {
		return expands.clone();
	}
}
