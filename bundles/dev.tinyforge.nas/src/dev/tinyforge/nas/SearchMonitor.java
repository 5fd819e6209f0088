package dev.tinyforge.nas;

import dev.tinyforge.nas.evolution.Candidate;

/**
 * How a search reports progress and learns that it should stop; the CLI and the IDE's job each supply one.
 * Called from the searching thread only, one device after the other: the events of a device come between its
 * {@link #deviceStarted} and {@link #deviceFinished}. Only the work units and cancellation must be implemented;
 * the events that let a view plot the search as it goes do nothing by default.
 */
public interface SearchMonitor {

	/** Reports nothing and never cancels. */
	SearchMonitor NONE = new SearchMonitor() {
		@Override
		public void begin(String task, int units) {
		}

		@Override
		public void worked(int units) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** A new task of {@code units} units of work starts. */
	void begin(String task, int units);

	void worked(int units);

	boolean isCanceled();

	/** The search for {@code device} starts (stage 1, then stage 2). */
	default void deviceStarted(DeviceTarget device) {
		// only a monitor that shows results needs it
	}

	/**
	 * Stage 2 finished a generation: 0 is the initial population, then 1 to the settings' generations.
	 *
	 * @param best the best candidate found so far; its score never drops from one generation to the next
	 */
	default void generation(int generation, Candidate best) {
		// only a monitor that shows results needs it
	}

	/** The search for a device finished with its winner and Pareto front. */
	default void deviceFinished(DeviceResult result) {
		// only a monitor that shows results needs it
	}

	/** @throws SearchCanceledException if the monitor asks to stop */
	default void checkCanceled() {
		if (isCanceled()) {
			throw new SearchCanceledException();
		}
	}
}
