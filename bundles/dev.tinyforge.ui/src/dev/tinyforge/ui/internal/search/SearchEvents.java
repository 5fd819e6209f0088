package dev.tinyforge.ui.internal.search;

import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.run.SearchRun;

/** What a {@link SearchJob} tells its view, always on the UI thread, one run's events in order. */
public interface SearchEvents {

	/** {@code device}'s evolution finished a generation (0: the initial population) with this best score. */
	void generation(String device, int generation, double best);

	/** {@code device}'s search ended with its winner and front. */
	void deviceFinished(DeviceResult result);

	/** The whole search block ended. */
	void finished(SearchRun run);

	/** The search could not run or found nothing; the message names the reason. */
	void failed(String message);

	void canceled();
}
