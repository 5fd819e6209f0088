package dev.tinyforge.nas.stage1;

import java.util.List;

/** Every (width, resolution) space of a device with its statistics, and the chosen one. */
public record SpaceRanking(List<SpaceStatistics> spaces, int chosen) {

	public SpaceRanking {
		spaces = List.copyOf(spaces);
	}

	public SpaceStatistics best() {
		return spaces.get(chosen);
	}
}
