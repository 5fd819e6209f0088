package dev.tinyforge.nas.run;

import java.util.ArrayList;
import java.util.List;

import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.dsl.SearchSpecs;

/** The devices a search block runs for, with its constraints applied. */
public final class SearchTargets {

	private SearchTargets() {
	}

	/**
	 * @param devices the block's own devices, or others the user chose
	 * @throws SearchException naming the search block when a device cannot be a target (e.g. the block limits
	 *             latency and the device's core has no latency model)
	 */
	public static List<DeviceTarget> of(SearchSpace search, List<Device> devices) {
		List<DeviceTarget> targets = new ArrayList<>();
		for (Device device : devices) {
			try {
				targets.add(SearchSpecs.target(search, device));
			} catch (SearchException e) {
				throw new SearchException("search " + search.getName() + ": " + e.getMessage());
			}
		}
		return targets;
	}
}
