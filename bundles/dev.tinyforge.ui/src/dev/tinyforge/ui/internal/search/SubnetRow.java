package dev.tinyforge.ui.internal.search;

import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.run.WinnerNetworks;

/**
 * A row of the table: a subnet of a device's Pareto front.
 *
 * @param rank its place in the front, 0 for the device's winner
 */
public record SubnetRow(String search, String device, int rank, Candidate candidate) {

	/** The network it becomes: {@code SEARCH_DEVICE} for the winner, as the command line's, then {@code _2}, ... */
	public String networkName() {
		String name = WinnerNetworks.name(search, device);
		return rank == 0 ? name : name + "_" + (rank + 1);
	}
}
