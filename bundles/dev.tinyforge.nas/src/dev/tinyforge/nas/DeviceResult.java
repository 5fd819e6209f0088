package dev.tinyforge.nas;

import java.util.List;

import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.stage1.SpaceRanking;

/**
 * The search's answer for one device.
 *
 * @param spaces stage 1: every (width, resolution) space with its statistics and the chosen one
 * @param best the winner of stage 2
 * @param pareto the candidates no other beats on objective, peak SRAM and latency, best first
 * @param evaluated subnets analysed in stage 2
 */
public record DeviceResult(DeviceTarget device, SpaceRanking spaces, Candidate best, List<Candidate> pareto,
		long evaluated) {

	public DeviceResult {
		pareto = List.copyOf(pareto);
	}
}
